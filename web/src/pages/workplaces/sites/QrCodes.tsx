import { useTranslation } from 'react-i18next';
import type { Desk } from '../../../api/types';
import { useAsync } from '../../../hooks/useAsync';

/**
 * A sheet to print and stick on the desks: each QR code opens "Prenota una postazione" and checks
 * in that day's booking at that desk (POLA § 4.2: occupancy is measured, people are not — art. 14.6).
 */
export function QrCodes({ siteName, desks }: { siteName: string; desks: Desk[] }) {
  const { t } = useTranslation();
  const withCode = desks.filter((d): d is Desk & { checkInCode: string } => d.bookable && !!d.checkInCode);
  const codes = useAsync(
    async () => {
      // Loaded only when someone prints the codes.
      const { default: QRCode } = await import('qrcode');
      return Promise.all(withCode.map(async (d) => ({ desk: d, svg: await QRCode.toString(`${window.location.origin}/postazioni?checkin=${encodeURIComponent(d.checkInCode)}`, { type: 'svg', margin: 1 }) })));
    },
    [desks],
  );
  return (
    <div className="qr-sheet">
      <button type="button" className="btn btn-outline-primary mb-3 d-print-none" onClick={() => window.print()}>
        {t('desks.print')}
      </button>
      <ul className="list-unstyled row g-3 mb-0">
        {(codes.data ?? []).map(({ desk, svg }) => (
          <li key={desk.id} className="col-6 col-md-3 text-center qr-card">
            <figure className="mb-0">
              <div className="qr-image" role="img" aria-label={t('desks.qrOf', { desk: desk.label })} dangerouslySetInnerHTML={{ __html: svg }} />
              <figcaption>
                <strong className="d-block">{desk.label}</strong>
                <small>{siteName}</small>
                <small className="d-block">{t('desks.code', { code: desk.checkInCode })}</small>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </div>
  );
}
