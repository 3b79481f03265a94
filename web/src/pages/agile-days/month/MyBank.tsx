import { useTranslation } from 'react-i18next';
import type { MyMonth } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';
import { BankRequestStatusBadge } from '../common/RequestStatusBadges';
import { BankAskForm, ReleaseForm } from './BankForms';

/** Art. 7.8 — what the employee gave to and asked of the bank this month, and the two forms (only while the month is open). */
export function MyBank({ month, onDone }: { month: MyMonth; onDone(text: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = month.month >= month.today.slice(0, 7);
  return (
    <>
      <p>{t('agileDays.bank.lead')}</p>
      {month.releases.length + month.bankRequests.length === 0 ? (
        <p>{t('agileDays.bank.none')}</p>
      ) : (
        <ul className="mb-4">
          {month.releases.map((r) => (
            <li key={r.id}>{t(r.automatic ? 'agileDays.bank.releaseAutomatic' : 'agileDays.bank.releaseLine', { count: r.days, date: format.date(r.at) })}</li>
          ))}
          {month.bankRequests.map((r) => (
            <li key={r.id}>
              {t('agileDays.bank.requestLine', { count: r.days, date: format.date(r.requestedAt), criterion: t(`criteria.${r.criterion}`) })} <BankRequestStatusBadge status={r.status} />
              {r.status === 'granted' && ` ${t('agileDays.bank.grantedDays', { count: r.grantedDays })}`}
              {r.decision?.reason && ` — ${r.decision.reason}`}
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <div className="row g-4">
          <div className="col-12 col-md-6">
            <ReleaseForm month={month} onDone={onDone} />
          </div>
          <div className="col-12 col-md-6">
            <BankAskForm month={month} onDone={onDone} />
          </div>
        </div>
      ) : (
        <p className="mb-0">{t('agileDays.bank.closed')}</p>
      )}
    </>
  );
}
