import { addDays, addMonths } from '../../../platform/dates.js';
import type { Contract } from '../../organization/domain/employee.js';
import type { Regulation } from '../../organization/domain/regulation.js';

export type Eligibility = { eligible: true } | { eligible: false; reason: string };

/**
 * Art. 4.1 — who may apply: permanent staff whose probation is over; fixed-term staff whose
 * contract is longer than 6 months (`fixedTermMinMonths`). Art. 4.2: part time, non-continuous
 * parental leave and L. 104/1992 permits never exclude anyone, so they are not inputs here.
 * Art. 20.1 — managers may apply with a permanent or a fixed-term contract.
 */
export function eligibility(contract: Contract, role: string, today: string, regulation: Pick<Regulation, 'fixedTermMinMonths'>): Eligibility {
  if (role === 'manager' || role === 'director') return { eligible: true };
  if (contract.type === 'permanent') {
    if (contract.probationEnd && contract.probationEnd >= today)
      return { eligible: false, reason: `Il periodo di prova termina il ${contract.probationEnd}: si può aderire dopo averlo superato (art. 4.1)` };
    return { eligible: true };
  }
  // Contract days are inclusive: 1 January–30 June is exactly 6 months; "longer" ends later than that.
  const lastDayOfSixMonths = addDays(addMonths(contract.start, regulation.fixedTermMinMonths), -1);
  if (!contract.end || contract.end <= lastDayOfSixMonths)
    return { eligible: false, reason: `Il contratto a tempo determinato deve durare più di ${regulation.fixedTermMinMonths} mesi (art. 4.1)` };
  if (contract.end < today) return { eligible: false, reason: 'Il contratto è scaduto' };
  return { eligible: true };
}
