import type { Regulation } from '../../organization/domain/regulation.js';
import { DomainError } from '../../../platform/errors.js';

/**
 * Art. 6.2b, 7.4 — the quota the system proposes: the monthly maximum modulated by the share of
 * remotable activities, rounded down (days are never split, art. 7.5).
 */
export function proposedQuota(regulation: Pick<Regulation, 'maxAgileDaysPerMonth'>, remotableSharePercent: number): number {
  return Math.floor((regulation.maxAgileDaysPerMonth * remotableSharePercent) / 100);
}

/** Art. 6.2b, 7.1 — the director fixes the quota, never above the organization's maximum. */
export function assertQuota(quota: number, regulation: Pick<Regulation, 'maxAgileDaysPerMonth'>): void {
  if (!Number.isInteger(quota) || quota < 1)
    throw new DomainError('VALIDATION_FAILED', 'Il contingente mensile deve essere un numero intero di giornate, almeno 1', 'monthlyQuota', [{ field: 'monthlyQuota', detail: 'Almeno 1 giornata intera' }]);
  if (quota > regulation.maxAgileDaysPerMonth)
    throw new DomainError('QUOTA_ABOVE_MAXIMUM', `Il contingente mensile non può superare ${regulation.maxAgileDaysPerMonth} giornate (art. 7.1)`, 'monthlyQuota', undefined, { maximum: regulation.maxAgileDaysPerMonth });
}
