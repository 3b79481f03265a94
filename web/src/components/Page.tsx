import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

let firstPageShown = false;

/**
 * One page: its title in the tab, the breadcrumbs and the heading. After a navigation the
 * heading takes the focus, so a screen reader announces the new page (not on the first load,
 * where the skip link comes first).
 */
export function Page({ title, documentTitle, trail, lead, centered, children }: {
  title: string;
  /** The tab's title when it should differ from the heading (e.g. "Home" for a greeting). */
  documentTitle?: string;
  trail?: Crumb[];
  lead?: ReactNode;
  centered?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${documentTitle ?? title} · ${t('app.name')}`;
  }, [documentTitle, title, t]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <div className={`container my-4${centered ? ' page-centered' : ''}`}>
      {trail && <Breadcrumbs trail={[{ label: t('nav.home'), to: '/' }, ...trail, { label: title }]} />}
      <h1 ref={heading} tabIndex={-1} className="page-heading mb-3">
        {title}
      </h1>
      {lead && <p className="lead mb-4">{lead}</p>}
      {children}
    </div>
  );
}
