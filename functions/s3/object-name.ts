/** A file name safe as the last part of an object key. */
export const safeObjectName = (fileName: string) =>
  fileName
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .slice(-120);
