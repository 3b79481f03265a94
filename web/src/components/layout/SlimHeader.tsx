import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

/** The thin dark band on top: the product, the language switch, who is signed in. */
export function SlimHeader() {
  const { t } = useTranslation();
  return (
    <div className="it-header-slim-wrapper">
      <div className="container">
        <div className="row">
          <div className="col-12">
            <div className="it-header-slim-wrapper-content">
              <span className="navbar-brand slim-owner">
                <span className="d-none d-md-inline">{t('app.owner')}</span>
                <span className="d-md-none">{t('app.name')}</span>
              </span>
              <div className="it-header-slim-right-zone gap-3">
                <LanguageSwitch />
                <UserMenu />
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
