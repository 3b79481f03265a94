import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';

/** The message to show for a failed call: the API's Italian detail, or ours when it could not answer. */
export function useProblemText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === 'NETWORK_ERROR') return t('errors.network');
      if (error.detail) return error.detail;
      return t('errors.unexpected', { status: error.status });
    }
    return t('errors.unknown');
  };
}

/**
 * An alert for a failed call; role="alert" so it is announced when it appears. With `shownAt`,
 * a refusal that concerns only those fields is left to the messages beside them.
 */
export function ProblemAlert({ error, title, shownAt }: { error: unknown; title?: string; shownAt?: readonly string[] }) {
  const text = useProblemText();
  if (!error) return null;
  if (shownAt && error instanceof ApiError && error.onlyAbout(shownAt)) return null;
  return (
    <div className="alert alert-danger" role="alert">
      {title && <strong className="d-block">{title}</strong>}
      {text(error)}
    </div>
  );
}
