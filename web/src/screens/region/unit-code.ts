/** A code from a name: "Bidang Lalu Lintas" → "lalu-lintas" (the word "Bidang" says nothing). */
export const codeOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/^bidang\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
