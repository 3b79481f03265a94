import { useTranslation } from 'react-i18next';
import { REGULATION_FIELDS, type RegulationField } from '../../../api/enums';
import type { Organization } from '../../../api/types';
import { useFormat } from '../../../hooks/useFormat';
import { hoursAndMinutes, REGULATION_UNITS } from './regulationFormat';
import { useRegulationText } from './useRegulationText';

/**
 * Each rule of the organization's regulation, its value, and the article it comes from.
 * On a phone the value and the article move under the rule's name instead of scrolling sideways.
 */
export function RegulationTable({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { label, help } = useRegulationText();

  const valueText = (field: RegulationField): string => {
    const value = organization.settings[field.key];
    if (value === null || value === undefined || value === '') return t('settings.notSet');
    if (field.kind === 'date') return format.date(String(value));
    if (field.kind === 'time' || field.kind === 'code') return String(value);
    const n = Number(value);
    const unit = REGULATION_UNITS[field.key];
    if (unit === 'minutes') return t('units.minutesAsHours', { count: n, ...hoursAndMinutes(n) });
    return unit ? t(`units.${unit}`, { count: n }) : format.number(n);
  };
  const article = (field: RegulationField) => organization.settingsArticles[field.key] ?? field.article;

  return (
    <table className="table align-middle regulation-table">
      <caption className="visually-hidden">{t('settings.regulationCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.rule')}</th>
          <th scope="col" className="d-none d-md-table-cell">
            {t('settings.value')}
          </th>
          <th scope="col" className="d-none d-md-table-cell">
            {t('settings.article')}
          </th>
        </tr>
      </thead>
      <tbody>
        {REGULATION_FIELDS.map((field) => (
          <tr key={field.key}>
            <th scope="row" className="fw-normal">
              <span className="d-block fw-semibold">{label(field.key)}</span>
              <small className="d-block text-muted">{help(field.key)}</small>
              <span className="d-md-none d-flex flex-wrap align-items-center gap-2 mt-1">
                <strong>{valueText(field)}</strong>
                <span className="badge article-badge">{article(field)}</span>
              </span>
            </th>
            <td className="text-nowrap d-none d-md-table-cell">{valueText(field)}</td>
            <td className="d-none d-md-table-cell">
              <span className="badge article-badge">{article(field)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
