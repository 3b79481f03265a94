/**
 * The organization's own regulation: every number or choice a rule reads. Milan's Appendix 12
 * gives the defaults; each field names the article it comes from, and the settings page shows it.
 * Later issues add fields here, never literals inside a rule.
 */
export interface Regulation {
  maxAgileDaysPerMonth: number;
  dayRequestNoticeDays: number;
  dayRevocationNoticeDays: number;
  dayCancellationCutoff: string;
  withdrawalNoticeDays: number;
  disabledWorkerWithdrawalNoticeDays: number;
  agreementMaxYears: number;
  commonAgreementEndDate: string | null;
  inactivityRevocationMonths: number;
  fixedTermMinMonths: number;
  coPresenceBandHours: number;
  coPresenceWindowStart: string;
  coPresenceWindowEnd: string;
  workingWindowStart: string;
  workingWindowEnd: string;
  dailyMinutes: number;
  minimumRemotableShare: number;
  hrDirectorateCode: string | null;
  bankAutoReleaseDay: number | null;
  deskCheckInDeadline: string;
  plannedVdiLicences: number | null;
  economicDevelopmentDirectorateCode: string | null;
}

export interface RegulationField {
  key: keyof Regulation;
  article: string;
  kind: 'integer' | 'time' | 'date' | 'percent' | 'code';
  min?: number;
  max?: number;
  nullable?: boolean;
}

export const MILAN_REGULATION: Regulation = {
  maxAgileDaysPerMonth: 10,
  dayRequestNoticeDays: 3,
  dayRevocationNoticeDays: 1,
  dayCancellationCutoff: '07:00',
  withdrawalNoticeDays: 30,
  disabledWorkerWithdrawalNoticeDays: 90,
  agreementMaxYears: 3,
  commonAgreementEndDate: null,
  inactivityRevocationMonths: 6,
  fixedTermMinMonths: 6,
  coPresenceBandHours: 5,
  coPresenceWindowStart: '08:00',
  coPresenceWindowEnd: '18:00',
  workingWindowStart: '07:00',
  workingWindowEnd: '21:00',
  dailyMinutes: 432,
  minimumRemotableShare: 15,
  hrDirectorateCode: null,
  bankAutoReleaseDay: null,
  deskCheckInDeadline: '10:00',
  plannedVdiLicences: null,
  economicDevelopmentDirectorateCode: null,
};

export const REGULATION_FIELDS: readonly RegulationField[] = [
  { key: 'maxAgileDaysPerMonth', article: 'art. 7.1', kind: 'integer', min: 1, max: 23 },
  { key: 'dayRequestNoticeDays', article: 'art. 10.1', kind: 'integer', min: 0, max: 30 },
  { key: 'dayRevocationNoticeDays', article: 'art. 10.2', kind: 'integer', min: 0, max: 30 },
  { key: 'dayCancellationCutoff', article: 'art. 10.2, 11.4', kind: 'time' },
  { key: 'withdrawalNoticeDays', article: 'art. 9.1', kind: 'integer', min: 0, max: 365 },
  { key: 'disabledWorkerWithdrawalNoticeDays', article: 'art. 9.2', kind: 'integer', min: 0, max: 365 },
  { key: 'agreementMaxYears', article: 'art. 8.2', kind: 'integer', min: 1, max: 10 },
  { key: 'commonAgreementEndDate', article: 'art. 8.2', kind: 'date', nullable: true },
  { key: 'inactivityRevocationMonths', article: 'art. 9.4', kind: 'integer', min: 1, max: 24 },
  { key: 'fixedTermMinMonths', article: 'art. 4.1', kind: 'integer', min: 0, max: 36 },
  { key: 'coPresenceBandHours', article: 'art. 12.1', kind: 'integer', min: 1, max: 10 },
  { key: 'coPresenceWindowStart', article: 'art. 12.1', kind: 'time' },
  { key: 'coPresenceWindowEnd', article: 'art. 12.1', kind: 'time' },
  { key: 'workingWindowStart', article: 'art. 11.4, 13.1', kind: 'time' },
  { key: 'workingWindowEnd', article: 'art. 11.4, 13.1', kind: 'time' },
  { key: 'dailyMinutes', article: 'art. 11.5', kind: 'integer', min: 60, max: 720 },
  { key: 'minimumRemotableShare', article: 'POLA § 4.1 (art. 263 D.L. 34/2020)', kind: 'percent', min: 0, max: 100 },
  { key: 'hrDirectorateCode', article: 'art. 8.1, 20.2', kind: 'code', nullable: true },
  { key: 'bankAutoReleaseDay', article: 'art. 7.8', kind: 'integer', min: 1, max: 28, nullable: true },
  { key: 'deskCheckInDeadline', article: 'POLA § 4.2, azione 2.1.5', kind: 'time' },
  { key: 'plannedVdiLicences', article: 'POLA § 4.6, Tabella J (A)', kind: 'integer', min: 0, max: 1_000_000, nullable: true },
  { key: 'economicDevelopmentDirectorateCode', article: 'POLA § 4.2, azioni 2.2.x', kind: 'code', nullable: true },
];

/** The settings in force: stored values over Milan's defaults (unknown keys are dropped). */
export function regulationOf(stored: Record<string, unknown> | null | undefined): Regulation {
  const merged: Record<string, unknown> = { ...MILAN_REGULATION };
  for (const field of REGULATION_FIELDS) {
    if (stored && field.key in stored) merged[field.key] = stored[field.key];
  }
  return merged as unknown as Regulation;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Cross-field coherence of a regulation: a window must open before it closes. */
export function regulationProblems(r: Regulation): { field: string; detail: string }[] {
  const problems: { field: string; detail: string }[] = [];
  if (toMinutes(r.workingWindowStart) >= toMinutes(r.workingWindowEnd))
    problems.push({ field: 'workingWindowEnd', detail: 'La fascia di lavoro deve terminare dopo l’inizio' });
  if (toMinutes(r.coPresenceWindowStart) >= toMinutes(r.coPresenceWindowEnd))
    problems.push({ field: 'coPresenceWindowEnd', detail: 'L’intervallo della fascia di compresenza deve terminare dopo l’inizio' });
  else if (toMinutes(r.coPresenceWindowEnd) - toMinutes(r.coPresenceWindowStart) < r.coPresenceBandHours * 60)
    problems.push({ field: 'coPresenceBandHours', detail: 'Le ore di compresenza non entrano nell’intervallo indicato' });
  if (r.disabledWorkerWithdrawalNoticeDays < r.withdrawalNoticeDays)
    problems.push({
      field: 'disabledWorkerWithdrawalNoticeDays',
      detail: 'Il preavviso per i lavoratori con disabilità non può essere inferiore a quello ordinario (art. 9.2)',
    });
  return problems;
}
