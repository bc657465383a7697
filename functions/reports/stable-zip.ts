import { crc32, deflateRawSync } from 'node:zlib';

const coreProperties = 'docProps/core.xml';
const timestamp = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

/**
 * An Office file's parts (by path, in the package's order) zipped so the same content gives the
 * same bytes: exceljs's and docx's own zips stamp each entry (and docx the document properties)
 * with the clock. Every entry and the properties get `at` instead.
 */
export function stableZipOf(files: Record<string, Uint8Array>, at: Date): Buffer {
  const core = files[coreProperties];
  if (core) {
    const iso = `${at.toISOString().slice(0, 19)}Z`;
    const xml = new TextDecoder().decode(core).replace(timestamp, `$1${iso}$2`);
    files[coreProperties] = new TextEncoder().encode(xml);
  }
  return zip(files, at);
}

/** A zip entry's MS-DOS date and time fields: `at`'s UTC wall clock, so the bytes do not depend on the machine's zone. */
const dosDateTime = (at: Date) => ({
  time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
  date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
});

// Zip's fixed fields (APPNOTE 4.3): version 2.0 (deflate), flag 11 for UTF-8 names, method 8 (deflate).
const version = 20;
const utf8Names = 0x800;
const deflated = 8;

/**
 * The files deflated (level 6) by Node's zlib into one zip, every entry dated `at`: zlib's native
 * deflate takes about half the time fflate's JavaScript one did, the entries unzip the same.
 */
function zip(files: Record<string, Uint8Array>, at: Date): Buffer {
  const { time, date } = dosDateTime(at);
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of Object.entries(files)) {
    const name = Buffer.from(path, 'utf8');
    const body = deflateRawSync(data, { level: 6 });
    const flags = name.length === path.length ? 0 : utf8Names;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(deflated, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    // The central directory's entry repeats the local header's fields from "version needed" on.
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(version, 4);
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length / 2, 8);
  end.writeUInt16LE(directory.length / 2, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
