import { useTranslation } from 'react-i18next';
import type { BankRequest, Extension } from '../../../api/types';

const BANK_TONES: Record<BankRequest['status'], string> = { requested: 'bg-warning', granted: 'bg-success', refused: 'bg-danger' };
const EXTENSION_TONES: Record<Extension['status'], string> = { requested: 'bg-warning', approved: 'bg-success', refused: 'bg-danger' };

/** The state of a request to the day bank, in words. */
export function BankRequestStatusBadge({ status }: { status: BankRequest['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge ${BANK_TONES[status]}`}>{t(`bankStatuses.${status}`)}</span>;
}

/** The state of an extension (art. 7.2–7.4), in words. */
export function ExtensionStatusBadge({ status }: { status: Extension['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge ${EXTENSION_TONES[status]}`}>{t(`extensionStatuses.${status}`)}</span>;
}
