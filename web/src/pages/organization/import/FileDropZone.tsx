import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';

/**
 * Drop a file here, or choose it with the ordinary file input inside (reachable and usable
 * with the keyboard; the drop area is only a convenience for the mouse).
 */
export function FileDropZone({ onFile, disabled }: { onFile(file: File): void; disabled?: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file || disabled) return;
    // The input would still name the file chosen before: the dropped one replaces it.
    if (input.current) input.current.value = '';
    onFile(file);
  };

  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <Icon name="upload" size="lg" className="icon-primary mb-2" />
      <p className="mb-2">{t('import.dropHere')}</p>
      <div className="file-input-wrapper mx-auto">
        <label htmlFor={inputId} className="form-label fw-semibold">
          {t('import.chooseFile')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          className="form-control"
          disabled={disabled}
          aria-describedby="import-file-hint"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </div>
      <small id="import-file-hint" className="d-block mt-2 text-muted">
        {t('import.fileHint')}
      </small>
    </div>
  );
}
