import { useTranslation } from 'react-i18next';
import type { CalendarDay, MyMonth } from '../../../api/types';
import { DayStatusBadge } from '../common/DayStatus';
import { useDayNames } from '../common/useDayNames';
import { isRecoverable, requestKind, type RequestKind } from './dayActions';

export interface DayHandlers {
  onRequest(day: CalendarDay, kind: RequestKind): void;
  onCancel(day: CalendarDay): void;
}

/** One day of "Il mio mese": its state in words and the buttons for what can be done on it. */
export function DayContent({ day, month, handlers }: { day: CalendarDay; month: MyMonth; handlers: DayHandlers }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const kind = requestKind(day, month);
  const when = names.long(day.date);
  return (
    <div className="d-flex flex-column align-items-start gap-1">
      {day.holiday && <span className="small text-muted">{t('agileDays.grid.holiday')}</span>}
      {!day.holiday && !day.workingDay && <span className="small text-muted">{t('agileDays.grid.notWorking')}</span>}
      {day.continuous && <span className="small">{t('agileDays.grid.continuous')}</span>}
      {day.request && <DayStatusBadge status={day.request.status} recoverable={isRecoverable(day, month)} />}
      {day.request?.explicitApproval && day.request.status === 'pending' && <span className="small">{t('agileDays.grid.exceptional')}</span>}
      {kind && (
        <button type="button" className="btn btn-outline-primary btn-xs day-action" onClick={() => handlers.onRequest(day, kind)} aria-label={t('agileDays.grid.requestOf', { day: when })}>
          {kind === 'exceptional' ? t('agileDays.grid.requestExceptional') : t('agileDays.grid.request')}
        </button>
      )}
      {day.canCancel && day.request && (
        <button type="button" className="btn btn-outline-danger btn-xs day-action" onClick={() => handlers.onCancel(day)} aria-label={t('agileDays.grid.cancelOf', { day: when })}>
          {t('agileDays.grid.cancel')}
        </button>
      )}
    </div>
  );
}
