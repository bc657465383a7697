/**
 * The rows of a CSV file as text. Excel writes ";" where the decimal mark is a comma (an
 * Indonesian Windows) and "," elsewhere; the separator is the one of the two the first line uses
 * more, outside quotes. Quoted fields may hold separators, doubled quotes and line breaks.
 */
export function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const separator = separatorOf(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function separatorOf(text: string): ';' | ',' {
  const counts = { ';': 0, ',': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ';' || char === ',')) counts[char]++;
  }
  return counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ',';
}

/** A file's text: UTF-8 where it is valid, else Windows-1252 (what Excel's "CSV" saves on Windows). */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
