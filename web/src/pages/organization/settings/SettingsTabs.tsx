import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';

/** HR's settings are two pages: the regulation and the texts annexed to every agreement. */
export function SettingsTabs() {
  const { t } = useTranslation();
  const me = useMe();
  if (!can(me, 'annexes')) return null;
  const tab = ({ isActive }: { isActive: boolean }) => `nav-link${isActive ? ' active' : ''}`;
  return (
    <nav aria-label={t('settings.tabs')} className="mb-4">
      <ul className="nav nav-tabs settings-tabs">
        <li className="nav-item">
          <NavLink end to="/impostazioni" className={tab}>
            {t('settings.tabRegulation')}
          </NavLink>
        </li>
        <li className="nav-item">
          <NavLink to="/impostazioni/allegati" className={tab}>
            {t('annexes.tab')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
