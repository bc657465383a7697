import { z } from 'zod';
import { lazyMessage } from '../i18n.js';

/** Hierarchical numbering as printed in the reports: "1", "1.2", "1.2.3". */
export const ZCodeSchema = z.string().regex(
  /^\d{1,3}(\.\d{1,3}){0,3}$/,
  lazyMessage({
    id: 'kode berupa angka bertingkat, mis. "1" atau "1.2"',
    en: 'a code is numbers separated by dots, e.g. "1" or "1.2"',
  }),
);
