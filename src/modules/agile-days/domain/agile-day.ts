import { DomainError } from '../../../platform/errors.js';

export const AGILE_DAY_STATUSES = ['pending', 'approved', 'rejected', 'revoked', 'cancelled'] as const;
export type AgileDayStatus = (typeof AGILE_DAY_STATUSES)[number];
export const VERIFICATION_OUTCOMES = ['done', 'partly', 'not_done'] as const;
/** Art. 7.3 — the special situations that give a continuous period outside the quota. */
export const SPECIAL_SITUATIONS = ['pregnancy', 'child_first_year', 'return_after_illness', 'lifesaving_therapy', 'breastfeeding'] as const;

export type AgileDayEvent = 'approve' | 'reject' | 'revoke' | 'cancel';

/** Art. 10 — the life of a day request. */
export const AGILE_DAY_TRANSITIONS: readonly { from: AgileDayStatus; event: AgileDayEvent; to: AgileDayStatus }[] = [
  { from: 'pending', event: 'approve', to: 'approved' },
  { from: 'pending', event: 'reject', to: 'rejected' },
  { from: 'pending', event: 'cancel', to: 'cancelled' },
  { from: 'approved', event: 'revoke', to: 'revoked' },
  { from: 'approved', event: 'cancel', to: 'cancelled' },
];

const LABEL: Record<AgileDayStatus, string> = { pending: 'in attesa', approved: 'autorizzata', rejected: 'respinta', revoked: 'revocata', cancelled: 'annullata' };

export function dayTransition(from: AgileDayStatus, event: AgileDayEvent): AgileDayStatus {
  const move = AGILE_DAY_TRANSITIONS.find((t) => t.from === from && t.event === event);
  if (!move) throw new DomainError('INVALID_STATE', `Operazione non consentita su una giornata ${LABEL[from]}`, 'status', undefined, { status: from });
  return move.to;
}

/** Art. 10.1 — a rejection is reasoned. */
export function assertRejectionReason(reason: string | null | undefined): void {
  if (!reason?.trim()) throw new DomainError('REASON_REQUIRED', 'Indica il motivo per cui respingi la giornata', 'reason');
}

/** A day can be authorized up to the day itself; a past pending request has lapsed. */
export function assertDecidable(date: string, today: string): void {
  if (date < today) throw new DomainError('INVALID_STATE', 'La giornata è già trascorsa: non si può più decidere', 'date');
}

/** Art. 11.2, 19 — results are verified after the day has been worked. */
export function assertVerifiable(status: AgileDayStatus, date: string, today: string): void {
  if (status !== 'approved') throw new DomainError('INVALID_STATE', `Si verificano soltanto giornate autorizzate e svolte, non una giornata ${LABEL[status]}`, 'status', undefined, { status });
  if (date >= today) throw new DomainError('VERIFICATION_TOO_EARLY', 'I risultati si verificano dopo la giornata (art. 11.2)', 'date');
}
