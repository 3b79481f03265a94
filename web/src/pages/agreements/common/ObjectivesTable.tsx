import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../api/types';

/** Art. 19 — the measurable objectives: what, how it is measured, the result expected. */
export function ObjectivesTable({ objectives, caption }: { objectives: Objective[]; caption: string }) {
  const { t } = useTranslation();
  if (objectives.length === 0) return <p className="mb-0">{t('objectives.none')}</p>;
  return (
    <div className="table-responsive">
      <table className="table table-sm align-top mb-0">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('objectives.description')}</th>
            <th scope="col">{t('objectives.indicator')}</th>
            <th scope="col">{t('objectives.target')}</th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o, i) => (
            <tr key={i}>
              <td>{o.description}</td>
              <td>{o.indicator}</td>
              <td>{o.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
