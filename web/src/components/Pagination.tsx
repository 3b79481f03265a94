import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** The pages to offer around the current one: 1 … 4 5 [6] 7 8 … 40. */
export function pageWindow(current: number, last: number): (number | 'gap')[] {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2].filter((p) => p >= 1 && p <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((page, i) => {
    if (i > 0 && page - sorted[i - 1]! > 1) out.push('gap');
    out.push(page);
  });
  return out;
}

/** Server-side paging: the parent keeps the page (in the URL) and fetches it. */
export function Pagination({ page, pageSize, total, onPage, label }: { page: number; pageSize: number; total: number; onPage(page: number): void; label: string }) {
  const { t } = useTranslation();
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  return (
    <nav className="pagination-wrapper justify-content-center" aria-label={label}>
      <ul className="pagination flex-wrap">
        <li className={`page-item${page <= 1 ? ' disabled' : ''}`}>
          <button type="button" className="page-link" onClick={() => onPage(page - 1)} disabled={page <= 1}>
            <Icon name="chevron-left" className="icon-primary" />
            <span className="visually-hidden">{t('pagination.previous')}</span>
          </button>
        </li>
        {pageWindow(page, last).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} className="page-item">
              <span className="page-link" aria-hidden="true">
                …
              </span>
            </li>
          ) : (
            <li key={p} className="page-item">
              <button
                type="button"
                className={`page-link${p === page ? ' active' : ''}`}
                aria-current={p === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: p })}
                onClick={() => onPage(p)}
              >
                {p}
              </button>
            </li>
          ),
        )}
        <li className={`page-item${page >= last ? ' disabled' : ''}`}>
          <button type="button" className="page-link" onClick={() => onPage(page + 1)} disabled={page >= last}>
            <span className="visually-hidden">{t('pagination.next')}</span>
            <Icon name="chevron-right" className="icon-primary" />
          </button>
        </li>
      </ul>
    </nav>
  );
}
