import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../session/SessionContext';
import { rememberedOrganizationName } from '../../session/SessionProvider';
import { Icon } from '../Icon';

/** The brand band: the administration's name, as on every PA site. */
export function CenterHeader() {
  const { t } = useTranslation();
  const { me } = useSession();
  const organizationName = me?.organization.name ?? rememberedOrganizationName() ?? t('app.name');
  return (
    <div className="it-header-center-wrapper">
      <div className="container">
        <div className="row">
          <div className="col-12">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <Link to="/">
                  <Icon name="pa" className="icon-xl" />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{organizationName}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                  </div>
                </Link>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
