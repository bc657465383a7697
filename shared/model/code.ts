import * as z from 'zod';
import { lazyMessage } from '../i18n.js';
import { schemaMessages } from '../messages/schemas.js';

/** Hierarchical numbering as printed in the reports: "1", "1.2", "1.2.3". */
export const ZCodeSchema = z.string().regex(
  /^\d{1,3}(\.\d{1,3}){0,3}$/,
  lazyMessage(schemaMessages, (m) => m.codeForm),
);
