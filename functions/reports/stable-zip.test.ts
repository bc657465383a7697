import { crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { stableZipOf } from './stable-zip.js';

const at = new Date('2019-07-12T02:30:58.000Z');

/** An Office-like package: parts in the package's order, one of them empty, one named beyond ASCII. */
const parts = () => ({
  '[Content_Types].xml': new TextEncoder().encode(
    `<?xml version="1.0"?><Types>${'<Default/>'.repeat(50)}</Types>`,
  ),
  'docProps/core.xml': new TextEncoder().encode(
    '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>',
  ),
  'xl/worksheets/sheet1.xml': new TextEncoder().encode('<row>95,14 %</row>'.repeat(2000)),
  'xl/media/empty.bin': new Uint8Array(0),
  'xl/Realisasi–TW2.xml': new TextEncoder().encode('Rp 15.959.915.800'),
});

/** Each entry's local header fields a reader uses (APPNOTE 4.3.7), by name, in the zip's order. */
function localHeaders(zip: Uint8Array) {
  const view = Buffer.from(zip);
  const headers: {
    name: string;
    version: number;
    flags: number;
    method: number;
    time: number;
    date: number;
    crc: number;
    size: number;
  }[] = [];
  for (let at = 0; view.readUInt32LE(at) === 0x04034b50; ) {
    const nameLength = view.readUInt16LE(at + 26);
    const name = view.toString('utf8', at + 30, at + 30 + nameLength);
    headers.push({
      name,
      version: view.readUInt16LE(at + 4),
      flags: view.readUInt16LE(at + 6),
      method: view.readUInt16LE(at + 8),
      time: view.readUInt16LE(at + 10),
      date: view.readUInt16LE(at + 12),
      crc: view.readUInt32LE(at + 14),
      size: view.readUInt32LE(at + 22),
    });
    at += 30 + nameLength + view.readUInt16LE(at + 28) + view.readUInt32LE(at + 18);
  }
  return headers;
}

describe('stableZipOf', () => {
  it('unzips to the parts, in order, with the header fields fflate’s zip (the one used before) gave them', () => {
    const zip = stableZipOf(parts(), at);
    const expected = parts();
    expected['docProps/core.xml'] = new TextEncoder().encode(
      '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2019-07-12T02:30:58Z</dcterms:created></cp:coreProperties>',
    );
    expect(Object.entries(unzipSync(zip))).toEqual(Object.entries(expected));
    // fflate as stableZipOf called it: the UTC wall clock given as a local time.
    const wallClock = new Date(2019, 6, 12, 2, 30, 58);
    const before = zipSync(expected, { level: 6, mtime: wallClock });
    expect(localHeaders(zip)).toEqual(localHeaders(before));
    expect(localHeaders(zip).map((h) => h.crc)).toEqual(Object.values(expected).map((data) => crc32(data)));
  });

  it('gives the same bytes for the same parts and time, other bytes for another time', () => {
    expect(stableZipOf(parts(), at).equals(stableZipOf(parts(), at))).toBe(true);
    expect(stableZipOf(parts(), new Date('2019-07-12T02:31:00.000Z')).equals(stableZipOf(parts(), at))).toBe(
      false,
    );
  });
});
