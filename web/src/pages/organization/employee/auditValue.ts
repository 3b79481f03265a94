import type { TFunction } from 'i18next';

type Format = { date(iso: string): string; monthName(month: number): string };

/** Enumerated fields of an employee, shown with their Italian names in the change log. */
const ENUM_LABELS: Record<string, string> = {
  role: 'employeeRoles',
  'contract.type': 'contractTypes',
  'workPattern.type': 'workPatterns',
  'commute.mode': 'commuteModes',
};
const DATE_FIELDS = new Set(['contract.start', 'contract.end', 'contract.probationEnd']);

/** One old or new value of an audited employee field, as a person reads it. */
export function auditValue(field: string, value: unknown, t: TFunction, format: Format): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'unitId') return t('audit.changedUnit');
  if (ENUM_LABELS[field]) return t(`${ENUM_LABELS[field]}.${String(value)}`);
  if (DATE_FIELDS.has(field)) return format.date(String(value));
  if (field === 'workPattern.percent') return `${String(value)}%`;
  if (Array.isArray(value) && field === 'workPattern.weekdays') return value.map((d) => t(`weekdays.${d}`)).join(', ');
  if (Array.isArray(value) && field === 'workPattern.fullTimeMonths') return value.map((m) => format.monthName(Number(m))).join(', ');
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return String(value);
}
