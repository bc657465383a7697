import { defineMessages } from '../i18n.js';
import { actingTitles } from '../model/acting-standing.js';
import type { TReportSource } from '../model/report-file.js';

const signer = ({ by }: TReportSource) => (by.acting ? `${actingTitles[by.acting]} ${by.name}` : by.name);

/** What a report file was made from, in its footer and on the Reports screen; `at` is the signature's moment as written there. */
export const reportSourceMessages = defineMessages(
  {
    madeFrom: (source: TReportSource, at: string) =>
      source.signed === 'quarter'
        ? `Disahkan oleh ${signer(source)}, ${at} (pengesahan ke-${source.number})`
        : `Ditandatangani oleh ${signer(source)}, ${at} (PK versi ${source.number})`,
  },
  {
    madeFrom: (source, at) =>
      source.signed === 'quarter'
        ? `Signed off by ${signer(source)}, ${at} (sign-off ${source.number})`
        : `Signed by ${signer(source)}, ${at} (agreement version ${source.number})`,
  },
);
