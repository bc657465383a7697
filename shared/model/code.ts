import { z } from 'zod';

/** Hierarchical numbering as printed in the reports: "1", "1.2", "1.2.3". */
export const ZCodeSchema = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3}){0,3}$/, 'kode berupa angka bertingkat, mis. "1" atau "1.2"');
