import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy } from './fieldIds';
import { FieldMessages } from './FieldMessages';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input with its hint and error (Bootstrap Italia form-group, label always above). */
export function TextField({ id, label, value, onChange, hint, error, inputRef, type = 'text', ...native }: NativeProps & {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        {...native}
        ref={inputRef}
        id={id}
        type={type}
        className={`form-control${error ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
