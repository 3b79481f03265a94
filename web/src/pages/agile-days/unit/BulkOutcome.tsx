import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgileDay, BulkApprovalResult } from '../../../api/types';
import { useDayNames } from '../common/useDayNames';

export interface Outcome {
  text: string;
  /** Requests the API did not decide, with its reason for each. */
  failed?: { day: AgileDay | undefined; detail: string }[];
}

/** Turns the per-request answers of a bulk decision into a message that names what was left undecided. */
export function outcomeOf(result: BulkApprovalResult, days: AgileDay[], doneText: (count: number) => string): Outcome {
  const ok = result.results.filter((r) => r.ok).length;
  const failed = result.results.filter((r) => !r.ok).map((r) => ({ day: days.find((d) => d.id === r.id), detail: r.detail ?? r.code ?? '' }));
  return { text: doneText(ok), failed };
}

/** The result of the last action, focused so it is read out; refusals are listed one by one. */
export const BulkOutcome = forwardRef<HTMLDivElement, { outcome: Outcome }>(function BulkOutcome({ outcome }, ref) {
  const { t } = useTranslation();
  const names = useDayNames();
  const failed = outcome.failed ?? [];
  return (
    <div ref={ref} tabIndex={-1} role="status" className={`alert ${failed.length ? 'alert-warning' : 'alert-success'} unit-outcome`}>
      {outcome.text}
      {failed.length > 0 && (
        <>
          <p className="mb-1 mt-2 fw-semibold">{t('unitCalendar.outcome.failed', { count: failed.length })}</p>
          <ul className="mb-0">
            {failed.map((f, i) => (
              <li key={f.day?.id ?? i}>
                {f.day ? `${f.day.employeeName}, ${names.long(f.day.date)}: ` : ''}
                {f.detail}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
