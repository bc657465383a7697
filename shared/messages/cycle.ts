import { defineMessages } from '../i18n.js';
import type { TAgreementState } from '../workflow/agreement-workflow.js';
import type { TPartState } from '../workflow/part-workflow.js';
import { commonMessages } from './common.js';

const [id, en] = [commonMessages.id, commonMessages.en];

/** What the API says when a step of the yearly cycle cannot be taken now, or its subject is missing. */
export const cycleMessages = defineMessages(
  {
    quarterLocked: 'Triwulan ini sudah disahkan dan terkunci',
    staleRevision: 'Data ini telah diubah orang lain; muat ulang dan coba lagi',
    /** A step its subject has moved past meanwhile (another device, another person): where it stands now. */
    transitionRefused: (standing: string) => `Langkah ini tidak dapat diambil: statusnya kini ${standing}`,
    // The agreement.
    versionMissing: (version: number) => `Versi ${version} tidak ada`,
    onlyDraftEditable: 'Hanya draf yang dapat diubah',
    versionStillOpen: (version: number, state: TAgreementState) =>
      `Versi ${version} masih ${state === 'draft' ? 'berupa draf' : 'menunggu tanda tangan'}; selesaikan dulu`,
    contentRequired: 'Isi perjanjian kinerja wajib diisi',
    required: 'wajib diisi',
    agreementInconsistent: 'Perjanjian kinerja belum konsisten',
    noSignedAgreement: (year: number) => `Belum ada perjanjian kinerja ${year} yang ditandatangani`,
    agreementNotSigned: 'Perjanjian kinerja tahun ini belum ditandatangani',
    // Quarters and their parts.
    quarterNotOpen: (quarter: number, year: number) =>
      `${id.quarterName(quarter)} tahun ${year} belum dibuka`,
    noOpenQuarter: (year: number) => `Belum ada triwulan ${year} yang dibuka`,
    noPartOfUnit: (unitId: string) => `Unit ${unitId} tidak punya bagian di triwulan ini`,
    partUnderReview: 'Bagian ini sedang diperiksa; tarik kembali dulu untuk mengubahnya',
    entryMismatch: 'Isian tidak sesuai perjanjian kinerja',
    cannotSubmitYet: 'Bagian ini belum dapat dikirim',
    returnNeedsComment: 'Pengembalian wajib disertai catatan',
    sayWhatToFix: 'tulis apa yang perlu diperbaiki',
    reopenNeedsReason: 'Alasan membuka kembali wajib ditulis',
    sendBackNeedsReason: 'Alasan mengembalikan laporan wajib ditulis',
    atLeastCharacters: (min: number) => `minimal ${min} karakter`,
    partsNotVerified: 'Masih ada bagian yang belum diverifikasi',
    // Evidence and report files.
    indicatorNotOfUnit: 'Indikator bukan milik unit ini',
    indicatorNotEnteredByUnit: 'indikator tidak diisi oleh unit ini',
    fileNotUploaded: 'Berkas belum diunggah',
    fileNotArrived: 'Berkas belum sampai di penyimpanan; unggah lagi',
    evidenceNotFound: 'Data dukung ini tidak ada; mungkin sudah dihapus',
    evidenceKept: (state: TPartState) =>
      `Data dukung hanya dapat dihapus selama bagian ini draf atau dikembalikan; kini ${id.partStates[state]}`,
    /** A file that arrived after its part left its division head: what the verifier reviews stays as it was submitted. */
    evidenceTooLate: (state: TPartState) =>
      `Bagian ini sudah dikirim (kini ${id.partStates[state]}); berkas tidak dilampirkan`,
    reportFileNotFound: 'Berkas laporan tidak ditemukan',
    noReportsYet: 'Laporan dibuat setelah triwulan disahkan atau perjanjian ditandatangani',
    noRegionReportsYet:
      'Berkas wilayah triwulan ini disusun setelah Bappeda menerima triwulan suatu perangkat daerah',
  },
  {
    quarterLocked: 'This quarter is signed off and locked',
    staleRevision: 'Someone else changed this meanwhile; reload and try again',
    transitionRefused: (standing) => `This step cannot be taken: it is now ${standing}`,
    versionMissing: (version) => `Version ${version} does not exist`,
    onlyDraftEditable: 'Only a draft can be edited',
    versionStillOpen: (version, state) => `Version ${version} is still ${state}; finish it first`,
    contentRequired: 'The agreement content is required',
    required: 'required',
    agreementInconsistent: 'The agreement is not consistent',
    noSignedAgreement: (year) => `No signed agreement for ${year}`,
    agreementNotSigned: "This year's agreement is not signed yet",
    quarterNotOpen: (quarter, year) => `${en.quarterName(quarter)} of ${year} is not open`,
    noOpenQuarter: (year) => `No quarter of ${year} is open`,
    noPartOfUnit: (unitId) => `Unit ${unitId} has no part in this quarter`,
    partUnderReview: 'This part is under review; withdraw it to edit',
    entryMismatch: 'The entry does not match the agreement',
    cannotSubmitYet: 'This part cannot be submitted yet',
    returnNeedsComment: 'A return needs a comment',
    sayWhatToFix: 'say what must be fixed',
    reopenNeedsReason: 'A reason to reopen is required',
    sendBackNeedsReason: 'A reason to send the report back is required',
    atLeastCharacters: (min) => `at least ${min} characters`,
    partsNotVerified: 'Some parts are not verified yet',
    indicatorNotOfUnit: 'The indicator is not this unit’s',
    indicatorNotEnteredByUnit: 'not entered by this unit',
    fileNotUploaded: 'The file has not been uploaded',
    fileNotArrived: 'The file has not arrived in storage; upload it again',
    evidenceNotFound: 'This evidence file does not exist; it may have been removed',
    evidenceKept: (state) =>
      `Evidence can be removed only while the part is a draft or returned; it is now ${en.partStates[state]}`,
    evidenceTooLate: (state) =>
      `The part was already submitted (it is now ${en.partStates[state]}); the file was not attached`,
    reportFileNotFound: 'Report file not found',
    noReportsYet: 'Reports exist once the quarter is signed off or the agreement signed',
    noRegionReportsYet:
      "The region's files of this quarter exist once the Bappeda accepts an agency's quarter",
  },
);
