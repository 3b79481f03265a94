import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface Crumb {
  label: string;
  to?: string;
}

/** Where the page sits: Home / … / this page (the last crumb is the current page). */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb-container" aria-label={t('layout.breadcrumbs')}>
      <ol className="breadcrumb">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          return (
            <li key={`${crumb.label}-${index}`} className={`breadcrumb-item${last ? ' active' : ''}`} aria-current={last ? 'page' : undefined}>
              {crumb.to && !last ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label}
              {!last && <span className="separator">/</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
