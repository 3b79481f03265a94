import { useState } from 'react';
import { ApiError } from '../api/http';

export interface SubmitState {
  busy: boolean;
  error: unknown;
  /** The API's reason for a field (e.g. "contract.end"), to show next to it. */
  fieldError(field: string): string | undefined;
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  reset(): void;
}

/** One save at a time, with the problem it met (undefined when it failed). */
export function useSubmit(): SubmitState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return {
    busy,
    error,
    fieldError: (field) => (error instanceof ApiError ? error.fieldError(field) : undefined),
    reset: () => setError(undefined),
    run: async (action) => {
      setBusy(true);
      setError(undefined);
      try {
        return await action();
      } catch (failure) {
        setError(failure);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}
