import { DomainError } from '../../../platform/errors.js';
import type { PriorityCriterion } from './bank.js';

export interface ExtensionInput {
  criterion: PriorityCriterion;
  specialSituation?: string | null;
  from: string;
  to: string;
  extraDaysPerMonth?: number | null;
  continuous: boolean;
}

/**
 * Art. 7.2–7.3 — an extension adds whole days a month for a period (any criterion of art. 7.2)
 * or, for the special situations of art. 7.3 only, grants a continuous period outside the quota.
 */
export function assertExtension(e: ExtensionInput): void {
  if (e.to < e.from) throw new DomainError('VALIDATION_FAILED', 'Il periodo termina prima di iniziare', 'to', [{ field: 'to', detail: 'La fine precede l’inizio' }]);
  if (e.criterion === 'special_situation' && !e.specialSituation)
    throw new DomainError('VALIDATION_FAILED', 'Indica quale situazione particolare dell’art. 7.3 ricorre', 'specialSituation', [{ field: 'specialSituation', detail: 'Campo obbligatorio' }]);
  if (e.criterion !== 'special_situation' && e.specialSituation)
    throw new DomainError('VALIDATION_FAILED', 'Le situazioni particolari si indicano con il criterio "situazione particolare" (art. 7.3)', 'specialSituation', [{ field: 'specialSituation', detail: 'Non ammesso per questo criterio' }]);
  if (e.continuous && e.criterion !== 'special_situation')
    throw new DomainError('CONTINUOUS_NOT_ALLOWED', 'Un periodo continuativo spetta soltanto nelle situazioni particolari dell’art. 7.3', 'continuous');
  if (!e.continuous && !e.extraDaysPerMonth)
    throw new DomainError('VALIDATION_FAILED', 'Indica quante giornate in più al mese (art. 7.2)', 'extraDaysPerMonth', [{ field: 'extraDaysPerMonth', detail: 'Campo obbligatorio' }]);
}

/** Whether [from, to] and the month `YYYY-MM` share at least a day. */
export function coversMonth(from: string, to: string, month: string): boolean {
  return from.slice(0, 7) <= month && to.slice(0, 7) >= month;
}
