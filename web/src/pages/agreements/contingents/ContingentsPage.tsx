import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, downloads } from '../../../api/client';
import type { ContingentsReport } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';

/** The legal check: the share of potential agile workers against the configured minimum. */
function MinimumBadge({ report }: { report: ContingentsReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = { share: format.number(report.total.share), minimum: format.number(report.minimumShare) };
  return report.meetsMinimum ? (
    <span className="badge bg-success minimum-badge">{t('contingents.meets', values)}</span>
  ) : (
    <span className="badge bg-danger minimum-badge">{t('contingents.fails', values)}</span>
  );
}

function Change({ value }: { value: number | null }) {
  const format = useFormat();
  if (value === null) return <>—</>;
  return <>{value > 0 ? `+${format.number(value)}` : format.number(value)}</>;
}

/**
 * "Contingenti (Tabella B)", POLA § 4.1: potential agile workers per directorate and in all, the
 * legal minimum, a comparison with another year, and the same table as CSV or Excel.
 */
export function ContingentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('anno')) || undefined;
  const compareYear = Number(params.get('confronto')) || undefined;
  const report = useAsync((signal) => api.reports.contingents({ year, compareYear }, signal), [year, compareYear]);
  const r = report.data;
  const shownYear = r?.year ?? year ?? new Date().getFullYear();
  const years = [shownYear - 2, shownYear - 1, shownYear, shownYear + 1];
  const comparing = r?.compareYear ?? null;

  const update = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Page title={t('contingents.title')} trail={[]} lead={t('contingents.lead')}>
      <form className="row align-items-end" onSubmit={(e) => e.preventDefault()} aria-label={t('contingents.filters')}>
        <div className="col-6 col-md-3">
          <SelectField id="contingents-year" label={t('contingents.year')} value={String(shownYear)} onChange={(v) => update('anno', v)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        </div>
        <div className="col-6 col-md-3">
          <SelectField
            id="contingents-compare"
            label={t('contingents.compareYear')}
            value={compareYear ? String(compareYear) : ''}
            onChange={(v) => update('confronto', v)}
            placeholder={t('contingents.noComparison')}
            options={years.filter((y) => y !== shownYear).map((y) => ({ value: String(y), label: String(y) }))}
          />
        </div>
        {r && (
          <div className="col-12 col-md-6 d-flex flex-wrap gap-2 justify-content-md-end mb-4">
            <a className="btn btn-outline-primary btn-sm" href={downloads.contingents({ year: r.year, compareYear: comparing ?? undefined, format: 'csv' })} download>
              <Icon name="download" size="sm" className="icon-primary me-1" />
              {t('contingents.csv')}
            </a>
            <a className="btn btn-outline-primary btn-sm" href={downloads.contingents({ year: r.year, compareYear: comparing ?? undefined, format: 'xlsx' })} download>
              <Icon name="download" size="sm" className="icon-primary me-1" />
              {t('contingents.xlsx')}
            </a>
          </div>
        )}
      </form>
      <ProblemAlert error={report.error} />
      {report.loading && !r && <Loading />}
      {r && (
        <Section id="contingents" title={t('contingents.tableTitle', { year: r.year })} actions={<MinimumBadge report={r} />}>
          <StatusMessage className="mb-3">
            {t('contingents.summary', {
              potential: format.number(r.total.potentialAgileWorkers),
              employees: format.number(r.total.employees),
              share: format.number(r.total.share),
              directorates: r.rows.length,
            })}
          </StatusMessage>
          <div className={`table-responsive${report.loading ? ' opacity-50' : ''}`} aria-busy={report.loading}>
            <table className="table table-hover align-middle contingents-table">
              <caption className="visually-hidden">{t('contingents.caption', { year: r.year })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="text-end d-none d-md-table-cell">
                    {t('contingents.n')}
                  </th>
                  <th scope="col">{t('contingents.directorate')}</th>
                  <th scope="col" className="text-end">
                    {t('contingents.employees')}
                  </th>
                  <th scope="col" className="text-end">
                    <span className="d-none d-md-inline">{t('contingents.potential')}</span>
                    <span className="d-md-none">{t('contingents.potentialShort')}</span>
                  </th>
                  <th scope="col" className="text-end">
                    <span className="d-none d-md-inline">{t('contingents.share')}</span>
                    <span className="d-md-none">%</span>
                  </th>
                  {comparing && (
                    <>
                      <th scope="col" className="text-end">
                        {t('contingents.previous', { year: comparing })}
                      </th>
                      <th scope="col" className="text-end">
                        {t('contingents.change')}
                      </th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row, i) => (
                  <tr key={row.directorateId}>
                    <td className="text-end d-none d-md-table-cell">{i + 1}</td>
                    <th scope="row" className="fw-normal">
                      <span className="tree-code me-1">{row.code}</span> {row.name}
                    </th>
                    <td className="text-end">{format.number(row.employees)}</td>
                    <td className="text-end fw-semibold">{format.number(row.potentialAgileWorkers)}</td>
                    <td className="text-end">{t('units.percentDecimal', { value: format.number(row.share) })}</td>
                    {comparing && (
                      <>
                        <td className="text-end">{row.previous === null ? '—' : format.number(row.previous)}</td>
                        <td className="text-end">
                          <Change value={row.change} />
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="fw-bold contingents-total">
                  <td className="d-none d-md-table-cell" />
                  <th scope="row">{t('contingents.total')}</th>
                  <td className="text-end">{format.number(r.total.employees)}</td>
                  <td className="text-end">{format.number(r.total.potentialAgileWorkers)}</td>
                  <td className="text-end">{t('units.percentDecimal', { value: format.number(r.total.share) })}</td>
                  {comparing && (
                    <>
                      <td className="text-end">{r.total.previous === null ? '—' : format.number(r.total.previous)}</td>
                      <td className="text-end">
                        <Change value={r.total.change} />
                      </td>
                    </>
                  )}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="small text-muted mb-0">{t('contingents.note', { minimum: format.number(r.minimumShare) })}</p>
        </Section>
      )}
    </Page>
  );
}
