import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the native <dialog> element: the browser keeps the focus inside it and the
 * rest of the page inert, Escape closes it. Rendered only while open; on opening the first field
 * (or the first button) takes the focus, on closing the focus goes back where it was.
 */
export function Dialog({ title, onClose, onSubmit, actions, children, wide }: {
  title: string;
  onClose(): void;
  /** When given, body and actions form one form (Enter submits). */
  onSubmit?(event: FormEvent): void;
  actions: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('.modal-body input:not([type=hidden]), .modal-body select, .modal-body textarea, .modal-footer button');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const body = (
    <>
      <div className="modal-body">{children}</div>
      <div className="modal-footer d-flex flex-wrap gap-2 justify-content-end">{actions}</div>
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`app-dialog${wide ? ' app-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="modal-content">
        <div className="modal-header">
          <h2 id={titleId} className="modal-title h5 mb-0">
            {title}
          </h2>
          <button type="button" className="btn-close" aria-label={t('common.closeDialog')} onClick={onClose} />
        </div>
        {onSubmit ? (
          <form noValidate onSubmit={onSubmit}>
            {body}
          </form>
        ) : (
          body
        )}
      </div>
    </dialog>
  );
}

/**
 * The buttons of a dialog: cancel, then the action. Without `onConfirm` the action submits the
 * dialog's form; while busy it says so and cannot be pressed twice.
 */
export function DialogActions({ busy, label, onCancel, onConfirm, variant = 'primary' }: {
  busy: boolean;
  label: string;
  onCancel(): void;
  onConfirm?(): void;
  variant?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type={onConfirm ? 'button' : 'submit'} className={`btn btn-${variant}`} disabled={busy} onClick={onConfirm}>
        {busy ? t('common.saving') : label}
      </button>
    </>
  );
}
