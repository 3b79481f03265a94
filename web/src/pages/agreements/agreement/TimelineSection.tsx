import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../api/types';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../hooks/useFormat';

/** The agreement's history from the audit log, oldest first, each action in words. */
export function TimelineSection({ timeline }: { timeline: AgreementDetail['timeline'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const action = (name: string) => (i18n.exists(`timelineActions.${name}`) ? t(`timelineActions.${name}`) : name);
  const actor = (label: string) => (label.startsWith('system:') ? t('timeline.system') : label);
  return (
    <Section id="timeline" title={t('timeline.title')}>
      {timeline.length === 0 ? (
        <p className="mb-0">{t('timeline.none')}</p>
      ) : (
        <ol className="timeline list-unstyled mb-0">
          {timeline.map((entry, i) => (
            <li key={i} className="timeline-entry">
              <span className="fw-semibold d-block">{action(entry.action)}</span>
              <small className="d-block text-muted">{t('timeline.when', { date: format.dateTime(entry.at), who: actor(entry.actor) })}</small>
              {entry.reason && <small className="d-block">{t('timeline.reason', { reason: entry.reason })}</small>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
