import type { ReactNode } from 'react';

/** A primary submit button that says it is busy while the request runs. */
export function SubmitButton({ busy, children, busyLabel, variant = 'primary' }: { busy: boolean; children: ReactNode; busyLabel: string; variant?: string }) {
  return (
    <button type="submit" className={`btn btn-${variant}`} disabled={busy} aria-disabled={busy}>
      {busy ? busyLabel : children}
    </button>
  );
}
