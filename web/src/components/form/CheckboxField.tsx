import type { ReactNode } from 'react';
import { describedBy } from './fieldIds';
import { FieldMessages } from './FieldMessages';

export function CheckboxField({ id, label, checked, onChange, hint, error, disabled }: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <div className="form-check mb-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
