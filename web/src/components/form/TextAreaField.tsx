import type { Ref, TextareaHTMLAttributes } from 'react';
import { controlProps, FieldFrame, type FieldBase } from './FieldFrame';

type NativeProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'>;

/** A labelled multi-line field with its hint and error (same layout as TextField). */
export function TextAreaField({ id, label, value, onChange, hint, error, inputRef, rows = 4, ...native }: NativeProps & FieldBase & { inputRef?: Ref<HTMLTextAreaElement> }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea {...native} ref={inputRef} rows={rows} {...controlProps<HTMLTextAreaElement>({ id, label, value, onChange, hint, error })} />
    </FieldFrame>
  );
}
