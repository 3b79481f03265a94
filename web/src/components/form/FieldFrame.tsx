import type { ReactNode } from 'react';
import { describedBy } from './fieldIds';
import { FieldMessages } from './FieldMessages';

export interface FieldBase {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
}

/** The Bootstrap Italia form-group around one control: label above, hint and error below. */
export function FieldFrame({ id, label, hint, error, children }: Pick<FieldBase, 'id' | 'label' | 'hint' | 'error'> & { children: ReactNode }) {
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
      </label>
      {children}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** What every text control shares: value binding, validity and the description links. */
export function controlProps<E extends { value: string }>({ id, value, onChange, hint, error }: FieldBase) {
  return {
    id,
    value,
    className: `form-control${error ? ' is-invalid' : ''}`,
    onChange: (e: { target: E }) => onChange(e.target.value),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}
