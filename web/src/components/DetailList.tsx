import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Detail = [label: string, value: ReactNode];

/** Label → value pairs; an empty value reads "—" (and "not given" to screen readers). */
export function DetailList({ items }: { items: Detail[] }) {
  const { t } = useTranslation();
  return (
    <dl className="row detail-list mb-0">
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <dt className="col-12 col-sm-5 col-lg-4">{label}</dt>
          <dd className="col-12 col-sm-7 col-lg-8">
            {value === null || value === undefined || value === '' ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('common.notGiven')}</span>
              </>
            ) : (
              value
            )}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
