import { useTranslation } from 'react-i18next';
import type { AgreementDetail, Annex } from '../../../api/types';
import { DetailList } from '../../../components/DetailList';
import { useFormat } from '../../../hooks/useFormat';
import { ObjectivesTable } from '../common/ObjectivesTable';

/** Art. 8.1 a–h — every term of the agreement, in the regulation's order. */
export function AgreementTerms({ agreement: a, annexes }: { agreement: AgreementDetail; annexes: Annex[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = a.startDate
    ? t('agreement.durationFromTo', { from: format.date(a.startDate), to: format.date(a.endDate) })
    : t('agreement.durationAfterSignatures', { to: format.date(a.endDate) });
  const equipment = (
    <>
      <span className="d-block">{a.equipment.ownDevices ? t('agreement.ownDevices') : t('agreement.suppliedDevices')}</span>
      {a.equipment.supplied.length > 0 && <span className="d-block">{t('agreement.suppliedList', { items: a.equipment.supplied.join(', ') })}</span>}
      {a.equipment.notes && <span className="d-block">{a.equipment.notes}</span>}
      {a.heldEquipment.length > 0 && (
        <span className="d-block">
          {t('agreement.heldEquipment', { items: a.heldEquipment.map((e) => `${e.model || e.type} (${e.assetTag}, ${format.date(e.from)})`).join('; ') })}
        </span>
      )}
    </>
  );
  const annexList = (
    <>
      <span className="d-block mb-1">{t('agreement.annexesIntro')}</span>
      {(annexes ?? []).map((annex) => (
        <details key={annex.kind} className="annex-text mb-1">
          <summary>{annex.title}</summary>
          {annex.body.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i} className="small mb-2">
              {paragraph}
            </p>
          ))}
        </details>
      ))}
    </>
  );
  return (
    <DetailList
      items={[
        [t('agreement.terms.a'), duration],
        [t('agreement.terms.b'), t('agreement.quotaValue', { count: a.monthlyQuota })],
        [t('agreement.terms.c'), t('agreement.bandValue', { start: a.band.start, end: a.band.end })],
        [t('agreement.terms.d'), <span className="preserve-lines">{a.operationalMode}</span>],
        [t('agreement.terms.e'), equipment],
        [t('agreement.terms.f'), annexList],
        [t('agreement.terms.g'), <ObjectivesTable objectives={a.objectives} caption={t('agreement.objectivesCaption')} />],
        [t('agreement.terms.h'), a.otherTerms ? <span className="preserve-lines">{a.otherTerms}</span> : t('agreement.noOtherTerms')],
      ]}
    />
  );
}
