import type { ReactNode } from 'react';
import { describedBy } from './fieldIds';
import { FieldMessages } from './FieldMessages';

export interface Option {
  value: string;
  label: string;
}

/** A labelled native select (keyboard and screen readers work as the platform made them). */
export function SelectField({ id, label, value, onChange, options, placeholder, hint, error, disabled }: {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  options: Option[];
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}) {
  return (
    <div className="select-wrapper mb-4">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        className={error ? 'is-invalid' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
