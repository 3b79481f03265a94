import type { ReactNode } from 'react';
import { describedBy } from './fieldIds';
import type { Option } from './SelectField';

/** A set of radio buttons under a legend; arrow keys move between them as the platform made them. */
export function RadioGroup({ id, legend, value, onChange, options, hint, error, inline }: {
  id: string;
  legend: ReactNode;
  value: string;
  onChange(value: string): void;
  options: Option[];
  hint?: ReactNode;
  error?: string;
  inline?: boolean;
}) {
  return (
    <fieldset className="mb-3" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
      <legend className="h6">{legend}</legend>
      <div className={inline ? 'd-flex flex-wrap column-gap-4' : undefined}>
        {options.map((o) => (
          <div key={o.value} className="form-check mb-1">
            <input id={`${id}-${o.value}`} type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {hint && (
        <small id={`${id}-hint`} className="form-text d-block">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </fieldset>
  );
}
