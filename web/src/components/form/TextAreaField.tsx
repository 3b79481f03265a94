import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describedBy } from './fieldIds';
import { FieldMessages } from './FieldMessages';

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

/** A labelled multi-line field with its hint and error (same layout as TextField). */
export function TextAreaField({ id, label, value, onChange, hint, error, inputRef, rows = 4, ...native }: NativeProps & {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}) {
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <textarea
        {...native}
        ref={inputRef}
        id={id}
        rows={rows}
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
