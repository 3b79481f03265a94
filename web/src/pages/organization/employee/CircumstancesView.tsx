import { useTranslation } from 'react-i18next';
import type { Circumstances } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../hooks/useFormat';

export function CircumstancesView({ data }: { data: Circumstances }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <DetailList
      items={[
        [t('circumstances.disability'), yesNo(data.disability)],
        [t('circumstances.law104'), yesNo(data.law104)],
        [t('circumstances.caregiver'), yesNo(data.caregiver)],
        [t('circumstances.children'), data.childrenBirthDates.map((d) => format.date(d)).join(', ')],
        [t('circumstances.pregnancy'), data.pregnancy ? t('circumstances.period', { from: format.date(data.pregnancy.from), to: format.date(data.pregnancy.to) }) : ''],
        [t('circumstances.notes'), data.notes],
      ]}
    />
  );
}
