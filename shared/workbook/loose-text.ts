/** A label, code or name as sheets are read: case, spacing and line breaks typed by hand do not count. */
export const looseText = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
