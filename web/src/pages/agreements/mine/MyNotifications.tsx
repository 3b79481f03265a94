import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';

/** What the administration told the employee (withdrawal, lapse, revocation…), newest first. */
export function MyNotifications({ notifications }: { notifications: Notification[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (notifications.length === 0) return <p className="mb-0">{t('mine.notifications.none')}</p>;
  return (
    <ul className="list-unstyled mb-0 notification-list">
      {notifications.map((n) => (
        <li key={n.id} className="notification">
          <div className="d-flex flex-wrap justify-content-between gap-2">
            <strong>{n.title}</strong>
            <small className="text-muted">{format.dateTime(n.createdAt)}</small>
          </div>
          <p className="mb-0">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}
