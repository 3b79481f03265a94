import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';
import { rememberedOrganizationName } from '../../session/SessionProvider';
import { Icon } from '../Icon';

export function Footer() {
  const { t } = useTranslation();
  const { me } = useSession();
  const organizationName = me?.organization.name ?? rememberedOrganizationName() ?? t('app.name');
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 footer-items-wrapper logo-wrapper py-4 d-flex align-items-center gap-3">
              <Icon name="pa" className="icon-xl icon-white" />
              <div>
                <p className="h4 text-white mb-1">{organizationName}</p>
                <p className="text-white mb-0">{t('footer.about')}</p>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
            <li className="list-inline-item">
              <a href="/api/docs">{t('footer.apiDocs')}</a>
            </li>
            <li className="list-inline-item">
              <span>{t('footer.license')}</span>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
