import { useEffect, type RefObject } from 'react';

/**
 * After a refused save, the first field marked invalid takes the focus, so its message (tied
 * with aria-describedby) is read out and the person can correct it at once.
 */
export function useFocusInvalid(error: unknown, container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!error) return;
    const invalid = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      const target = invalid.tagName === 'FIELDSET' ? invalid.querySelector<HTMLElement>('input, select, textarea') : invalid;
      target?.focus();
    }
  }, [error, container]);
}
