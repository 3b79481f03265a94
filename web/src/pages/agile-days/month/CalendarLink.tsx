import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { CalendarToken } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';

/**
 * The private iCalendar address of the employee's agile days, for the phone's or the office's
 * calendar. It is shown only when made: a new one replaces (and disables) the old.
 */
export function CalendarLink({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const info = useAsync(() => api.agileDays.calendarToken(employeeId), [employeeId]);
  const [made, setMade] = useState<CalendarToken | null>(null);
  const [copied, setCopied] = useState('');
  const submit = useSubmit();

  async function generate() {
    setCopied('');
    const token = await submit.run(() => api.agileDays.newCalendarToken(employeeId));
    if (token) setMade(token);
  }

  async function copy() {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.url);
      setCopied(t('agileDays.ical.copied'));
    } catch {
      setCopied(t('agileDays.ical.copyFailed'));
    }
  }

  const exists = made !== null || info.data?.exists;
  return (
    <div>
      <p>{t('agileDays.ical.lead')}</p>
      <ProblemAlert error={info.error ?? submit.error} />
      {!made && info.data?.exists && <p>{t('agileDays.ical.exists', { date: format.dateTime(info.data.createdAt!) })}</p>}
      {made && (
        <div className="form-group">
          <label htmlFor="ical-url" className="active">
            {t('agileDays.ical.url')}
          </label>
          <input id="ical-url" className="form-control" readOnly value={made.url} onFocus={(e) => e.target.select()} aria-describedby="ical-url-hint" />
          <small id="ical-url-hint" className="form-text d-block">
            {t('agileDays.ical.urlHint')}
          </small>
        </div>
      )}
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-outline-primary" onClick={generate} disabled={submit.busy}>
          {submit.busy ? t('common.saving') : exists ? t('agileDays.ical.regenerate') : t('agileDays.ical.generate')}
        </button>
        {made && (
          <button type="button" className="btn btn-primary" onClick={copy}>
            {t('agileDays.ical.copy')}
          </button>
        )}
      </div>
      <StatusMessage className="mt-2">{copied}</StatusMessage>
    </div>
  );
}
