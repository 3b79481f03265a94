import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The result of an action: when it changes the focus moves to it, so a screen reader reads it and
 * nobody has to look for it. Nothing is shown while `text` is empty.
 */
export function OutcomeAlert({ text, className = '', children }: { text: string; className?: string; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) box.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <div ref={box} tabIndex={-1} role="status" className={`alert alert-success ${className}`.trim()}>
      {text}
      {children}
    </div>
  );
}
