import { formatNumber } from '../calc/format.js';
import { defineMessages } from '../i18n.js';

const id = (x: number) => formatNumber(x, { locale: 'id', maxDecimals: 4 });
const en = (x: number) => formatNumber(x, { locale: 'en', maxDecimals: 4 });

/** What the plausibility check says of a realisation far from what was expected (not a refusal). */
export const plausibilityMessages = defineMessages(
  {
    aboveTarget: (value: number, target: number) =>
      `Periksa kembali: ${id(value)} jauh di atas target ${id(target)}`,
    abovePrevious: (value: number, previous: number) =>
      `Periksa kembali: ${id(value)} jauh di atas triwulan sebelumnya (${id(previous)})`,
    zeroTarget: (value: number) => `Periksa kembali: ${id(value)} padahal target triwulan ini 0`,
    confirmHint: 'Centang "Angka ini benar" bila memang demikian.',
    confirm: 'Angka ini benar',
    confirmed: 'dikonfirmasi oleh pengisi',
  },
  {
    aboveTarget: (value, target) => `Please check: ${en(value)} is far above the target of ${en(target)}`,
    abovePrevious: (value, previous) =>
      `Please check: ${en(value)} is far above the previous quarter's ${en(previous)}`,
    zeroTarget: (value) => `Please check: ${en(value)} against a quarter target of 0`,
    confirmHint: 'Tick "This figure is right" if it is.',
    confirm: 'This figure is right',
    confirmed: 'confirmed by the submitter',
  },
);
