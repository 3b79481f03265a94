/** Art. 7.2–7.3 — the priority order of the criteria, special situations first. */
export const PRIORITY_ORDER = ['special_situation', 'disability', 'care', 'parenting', 'commute', 'organizational_efficiency'] as const;
export type PriorityCriterion = (typeof PRIORITY_ORDER)[number];

export interface BankRequest {
  id: string;
  criterion: PriorityCriterion;
  days: number;
  requestedAt: string;
}

/**
 * Art. 7.8 — when requests exceed the days in a directorate's bank, they are served in the order
 * of art. 7.2–7.3, then by time of request; a request is granted whole or, with too few days
 * left, for what remains; the balance never goes below zero.
 */
export function allocateBank(balance: number, requests: BankRequest[]): { grants: { id: string; days: number }[]; balance: number } {
  const ordered = [...requests].sort(
    (a, b) => PRIORITY_ORDER.indexOf(a.criterion) - PRIORITY_ORDER.indexOf(b.criterion) || a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id),
  );
  let left = Math.max(0, balance);
  const grants = ordered.map((r) => {
    const days = Math.min(left, Math.max(0, r.days));
    left -= days;
    return { id: r.id, days };
  });
  return { grants, balance: left };
}
