import type { TRoleClash } from '../access/policy.js';
import { defineMessages } from '../i18n.js';
import { commonMessages } from './common.js';

/**
 * What the domain's rules across fields say of what breaks them: the agreement and its targets,
 * a unit's quarter part, what a part needs before it is submitted, a quarter's due date, roles
 * that clash. Figures come formatted in the reader's language.
 */
export const ruleMessages = defineMessages(
  {
    /** Roles one person never holds in one agency (shared/access/policy). */
    roleClashes: {
      divisionHeadVerifier: 'kepala bidang tidak sekaligus verifikator di perangkat daerah yang sama',
      plannerHead: 'perencana tidak sekaligus kepala di perangkat daerah yang sama',
    } satisfies Record<TRoleClash, string>,
    // A quarter's due date.
    dueTooLate: (maxDays: number, lastDay: string) =>
      `tenggat paling lambat ${maxDays} hari setelah triwulan berakhir (${lastDay})`,
    // An agreement version.
    versionKind: 'versi 1 adalah PK Murni, versi berikutnya PK Perubahan',
    unitNotInAgency: (unitId: string) => `unit "${unitId}" tidak ada di perangkat daerah ini`,
    programMissing: (code: string) => `program "${code}" tidak ada`,
    activityCodePrefix: (programCode: string) =>
      `kode kegiatan harus diawali kode programnya "${programCode}."`,
    budgetNotRupiah: (budget: string) => `anggaran ${budget} harus bilangan bulat Rupiah ≥ 0`,
    alreadyUsed: (what: string, value: string) => `${what} "${value}" sudah dipakai`,
    /** What is unique within an agreement version, as `alreadyUsed` names it. */
    uniqueInAgreement: {
      objectiveCode: 'kode sasaran',
      programCode: 'kode program',
      activityCode: 'kode kegiatan',
      indicatorId: 'id indikator',
      indicatorCode: 'kode indikator',
    },
    // An indicator's quarter targets against its annual target.
    targetsSum: (total: string, annual: string) =>
      `jumlah target TW1–TW4 (${total}) harus sama dengan target tahunan (${annual})`,
    cumulativeTargetFalls: (quarter: number, target: string, before: string) =>
      `target kumulatif tidak boleh turun: ${commonMessages.id.quarterShort(quarter)} (${target}) < ${commonMessages.id.quarterShort(quarter - 1)} (${before})`,
    cumulativeTargetEnd: (annual: string) =>
      `target kumulatif TW4 harus sama dengan target tahunan (${annual})`,
    levelTarget: (quarter: number, target: string, annual: string) =>
      `target tetap: ${commonMessages.id.quarterShort(quarter)} (${target}) harus sama dengan target tahunan (${annual})`,
    // A unit's quarter part against the agreement it is measured by.
    partNotForAgreement: 'bagian laporan bukan untuk perjanjian kinerja tahun ini',
    measuredAgainst: (version: number) => `diukur dengan versi ${version}`,
    indicatorMissing: (indicatorId: string) => `indikator "${indicatorId}" tidak ada`,
    indicatorOfOtherUnit: 'indikator ini diisi oleh unit lain',
    notARatio: 'indikator ini bukan rasio: isi nilainya',
    yearPartsOnlyRatioTw4: 'pembilang dan penyebut setahun hanya untuk indikator rasio, di Triwulan IV',
    activityNotOfUnit: (code: string) => `kegiatan "${code}" bukan milik unit ini`,
    programNotOfUnit: (code: string) => `program "${code}" bukan tanggungan unit ini`,
    enteredTwice: (what: string, key: string) => `${what} "${key}" diisi dua kali`,
    /** What a part enters once, as `enteredTwice` names it. */
    enteredOnce: { indicator: 'indikator', activity: 'kegiatan', program: 'program' },
    // What a part needs before it is submitted; its path names the indicator, which the form
    // shows above the field and before the message in its summary: the message does not repeat it.
    realisationMissing: 'realisasi belum diisi',
    explainNothingToReport: 'jelaskan mengapa tidak ada yang dilaporkan',
    explainAchievement: (achievement: string, below: string, above: string) =>
      `capaian ${achievement} di luar ${below}–${above} %: penjelasan wajib diisi`,
    cumulativeValueFalls: (previous: string) =>
      `nilai kumulatif tidak boleh turun dari triwulan sebelumnya (${previous})`,
    spendingAboveAllocation: (activityCode: string) =>
      `realisasi anggaran melebihi alokasi kegiatan ${activityCode}`,
  },
  {
    roleClashes: {
      divisionHeadVerifier: 'a division head is not also a verifier in the same agency',
      plannerHead: 'a planner is not also the head of the same agency',
    },
    dueTooLate: (maxDays, lastDay) =>
      `the due date may be at most ${maxDays} days after the quarter ends (${lastDay})`,
    versionKind:
      'version 1 is the original agreement (PK Murni), later versions are revisions (PK Perubahan)',
    unitNotInAgency: (unitId) => `unit "${unitId}" does not exist in this agency`,
    programMissing: (code) => `program "${code}" does not exist`,
    activityCodePrefix: (programCode) =>
      `an activity's code must start with its program's code "${programCode}."`,
    budgetNotRupiah: (budget) => `the budget ${budget} must be a whole number of Rupiah ≥ 0`,
    alreadyUsed: (what, value) => `${what} "${value}" is already used`,
    uniqueInAgreement: {
      objectiveCode: 'objective code',
      programCode: 'program code',
      activityCode: 'activity code',
      indicatorId: 'indicator id',
      indicatorCode: 'indicator code',
    },
    targetsSum: (total, annual) =>
      `the sum of the Q1–Q4 targets (${total}) must equal the annual target (${annual})`,
    cumulativeTargetFalls: (quarter, target, before) =>
      `a cumulative target may not fall: ${commonMessages.en.quarterShort(quarter)} (${target}) < ${commonMessages.en.quarterShort(quarter - 1)} (${before})`,
    cumulativeTargetEnd: (annual) => `the cumulative Q4 target must equal the annual target (${annual})`,
    levelTarget: (quarter, target, annual) =>
      `a standing target: ${commonMessages.en.quarterShort(quarter)} (${target}) must equal the annual target (${annual})`,
    partNotForAgreement: "this part of the report is not for this year's performance agreement",
    measuredAgainst: (version) => `measured against version ${version}`,
    indicatorMissing: (indicatorId) => `indicator "${indicatorId}" does not exist`,
    indicatorOfOtherUnit: 'another unit enters this indicator',
    notARatio: 'this indicator is not a ratio: enter its value',
    yearPartsOnlyRatioTw4: "the year's numerator and denominator are for ratio indicators only, in Quarter 4",
    activityNotOfUnit: (code) => `activity "${code}" does not belong to this unit`,
    programNotOfUnit: (code) => `program "${code}" is not this unit's responsibility`,
    enteredTwice: (what, key) => `${what} "${key}" is entered twice`,
    enteredOnce: { indicator: 'indicator', activity: 'activity', program: 'program' },
    realisationMissing: 'realisation not entered',
    explainNothingToReport: 'explain why there is nothing to report',
    explainAchievement: (achievement, below, above) =>
      `achievement ${achievement} is outside ${below}–${above}%: an explanation is required`,
    cumulativeValueFalls: (previous) =>
      `a cumulative value may not fall below the previous quarter's (${previous})`,
    spendingAboveAllocation: (activityCode) => `spending exceeds the allocation of activity ${activityCode}`,
  },
);

/** The texts of the rules in one language, for rules that name which of a group they mean. */
export type TRuleMessages = (typeof ruleMessages)['id'];
