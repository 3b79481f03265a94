import type { ReactNode } from 'react';

/** A polite live region: results of searches and saves are read out without moving focus. */
export function StatusMessage({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      {children}
    </div>
  );
}
