import type { WorkPattern } from '../../organization/domain/employee.js';

/**
 * Art. 7.6–7.7 — the agreement's monthly quota for the employee's working-time pattern in
 * `month` (`YYYY-MM`): vertical part time proportional to the working days (rounded down, days
 * are never split, art. 7.5); cyclic part time the full quota in full-time months, none in the
 * others; horizontal part time and full time the quota itself.
 */
export function baseQuota(agreementQuota: number, pattern: WorkPattern, month: string): number {
  switch (pattern.type) {
    case 'part_time_vertical':
      return Math.floor((agreementQuota * (pattern.weekdays?.length ?? 5)) / 5);
    case 'part_time_cyclic':
      return (pattern.fullTimeMonths ?? []).includes(Number(month.slice(5, 7))) ? agreementQuota : 0;
    default:
      return agreementQuota;
  }
}

export interface QuotaParts {
  base: number;
  /** Art. 7.2 — extra days a month from approved priority extensions covering the month. */
  extensions: number;
  /** Art. 7.8 — days granted from the directorate's day bank for the month. */
  bank: number;
  /** Art. 10.2 — days the manager revoked in the month, usable again within it. */
  recovered: number;
  /** Art. 7.8 — unused days the employee gave to the directorate's bank for the month. */
  released: number;
}

export interface QuotaUse {
  /** Approved days that count against the quota, and revoked ones (they come back as `recovered`). */
  used: number;
  /** Requested days waiting for a decision: they count too, so two tabs cannot overbook. */
  pending: number;
}

export interface MonthlyQuota extends QuotaParts, QuotaUse {
  total: number;
  remaining: number;
}

/** Art. 7, 7.8, 10.2 — what E may still ask for in the month; unused days never carry over (art. 7.5). */
export function monthlyQuota(parts: QuotaParts, use: QuotaUse): MonthlyQuota {
  const total = Math.max(0, Math.max(0, parts.base) + Math.max(0, parts.extensions) + Math.max(0, parts.bank) + Math.max(0, parts.recovered) - Math.max(0, parts.released));
  const remaining = Math.min(total, Math.max(0, total - use.used - use.pending));
  return { ...parts, ...use, total, remaining };
}
