import { useTranslation } from 'react-i18next';
import type { Extension } from '../../../api/types';
import { ExtensionSummary } from '../common/ExtensionSummary';
import { ExtensionStatusBadge } from '../common/RequestStatusBadges';

/** The employee's extensions (art. 7.2–7.3), newest first, with the director's decision. */
export function MyExtensions({ extensions }: { extensions: Extension[] }) {
  const { t } = useTranslation();
  if (extensions.length === 0) return <p>{t('extensions.none')}</p>;
  return (
    <ul className="list-unstyled mb-4 extension-list">
      {extensions.map((e) => (
        <li key={e.id} className="mb-2">
          <ExtensionSummary extension={e} /> <ExtensionStatusBadge status={e.status} />
          {e.decision?.reason && <small className="d-block">{t('extensions.reason', { reason: e.decision.reason })}</small>}
        </li>
      ))}
    </ul>
  );
}
