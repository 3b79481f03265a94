import type { ReactNode } from 'react';

/** A titled block of a page, named by its heading for assistive technology. */
export function Section({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="card shadow-sm mb-4 page-section" aria-labelledby={`${id}-title`}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
          <h2 id={`${id}-title`} className="h4 mb-0">
            {title}
          </h2>
          {actions}
        </div>
        {children}
      </div>
    </section>
  );
}
