import { config } from '../config.js';

/** The buckets by what they hold; apart from the client, so that naming one loads no S3 code. */
export const buckets = { reports: config.REPORTS_BUCKET, evidence: config.EVIDENCE_BUCKET } as const;
