import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../api/types';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../hooks/useFormat';

/** Art. 8.1, 20.2 — who must sign, who signed and when, who is still missing. */
export function SignaturesSection({ agreement: a }: { agreement: AgreementDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = a.requiredSigners.filter((role) => !a.signatures.some((s) => s.role === role)).length;
  return (
    <Section id="signatures" title={t('agreement.signatures.title')}>
      <p>{missing ? t('agreement.signatures.missing', { count: missing }) : t('agreement.signatures.complete')}</p>
      <ul className="list-unstyled mb-0 signature-list">
        {a.requiredSigners.map((role) => {
          const s = a.signatures.find((x) => x.role === role);
          return (
            <li key={role} className="signature d-flex flex-wrap justify-content-between align-items-center gap-2">
              <span>
                <span className="fw-semibold d-block">{t(`signerRoles.${role}`)}</span>
                {s && <small className="text-muted">{t('agreement.signatures.signedBy', { name: s.name, date: format.dateTime(s.at) })}</small>}
              </span>
              {s ? <span className="badge bg-success status-badge">{t('agreement.signatures.signed')}</span> : <span className="badge bg-warning status-badge">{t('agreement.signatures.notYet')}</span>}
            </li>
          );
        })}
      </ul>
      <p className="small text-muted mt-3 mb-0">{t('agreement.signatures.startRule')}</p>
    </Section>
  );
}
