import { useTranslation } from 'react-i18next';
import type { Extension } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';

/** "Cura · dal 01/12/2026 al 31/03/2027 · 2 giornate in più al mese" (or a continuous period, art. 7.3). */
export function ExtensionSummary({ extension: e }: { extension: Extension }) {
  const { t } = useTranslation();
  const format = useFormat();
  const what = e.continuous ? t('extensions.continuous') : t('extensions.extra', { count: e.extraDaysPerMonth ?? 0 });
  return (
    <>
      <strong>{t(`criteria.${e.criterion}`)}</strong>
      {e.specialSituation && ` (${t(`specialSituations.${e.specialSituation}`)})`}
      {' · '}
      {t('extensions.period', { from: format.date(e.from), to: format.date(e.to) })}
      {' · '}
      {what}
    </>
  );
}
