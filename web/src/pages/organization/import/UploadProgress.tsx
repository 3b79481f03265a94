import { useTranslation } from 'react-i18next';
import type { UploadPhase } from '../../../api/upload';

/** A bar while the file is sent, then an indeterminate bar while the server checks the rows. */
export function UploadProgress({ phase }: { phase: UploadPhase }) {
  const { t } = useTranslation();
  const label = phase.phase === 'uploading' ? t('import.uploading', { percent: phase.percent }) : t('import.processing');
  return (
    <div className="my-3 upload-progress">
      <p className="mb-1" id="upload-progress-label">
        {label}
      </p>
      {phase.phase === 'uploading' ? (
        <div className="progress">
          <div
            className="progress-bar"
            role="progressbar"
            style={{ width: `${phase.percent}%` }}
            aria-valuenow={phase.percent}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-labelledby="upload-progress-label"
          />
        </div>
      ) : (
        <div className="progress progress-indeterminate">
          <div className="progress-bar" role="progressbar" aria-labelledby="upload-progress-label" />
        </div>
      )}
    </div>
  );
}
