import type { InputHTMLAttributes, Ref } from 'react';
import { controlProps, FieldFrame, type FieldBase } from './FieldFrame';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/** A labelled input with its hint and error (Bootstrap Italia form-group, label always above). */
export function TextField({ id, label, value, onChange, hint, error, inputRef, type = 'text', ...native }: NativeProps & FieldBase & { inputRef?: Ref<HTMLInputElement> }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input {...native} ref={inputRef} type={type} {...controlProps<HTMLInputElement>({ id, label, value, onChange, hint, error })} />
    </FieldFrame>
  );
}
