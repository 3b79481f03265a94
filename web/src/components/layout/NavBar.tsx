import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useSession } from '../../session/SessionContext';
import { Icon } from '../Icon';
import { NavGroup } from './NavGroup';
import { menuOf, navigationFor } from './navigation';

/** The main menu, by role; on a phone it opens as a side panel from the burger button. */
export function NavBar() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const toggler = useRef<HTMLButtonElement>(null);
  const closer = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (open) closer.current?.focus();
  }, [open]);

  if (!me) return null;
  const entries = menuOf(navigationFor(me), (key) => t(key));
  const close = () => {
    setOpen(false);
    toggler.current?.focus();
  };

  return (
    <div className="it-header-navbar-wrapper">
      <div className="container">
        <div className="row">
          <div className="col-12">
            <nav id="main-navigation" tabIndex={-1} className="navbar navbar-expand-lg has-megamenu" aria-label={t('layout.mainNavigation')}>
              <button
                ref={toggler}
                className="custom-navbar-toggler"
                type="button"
                aria-controls="main-menu"
                aria-expanded={open}
                aria-label={t('layout.openMenu')}
                onClick={() => setOpen(true)}
              >
                <Icon name="burger" />
              </button>
              <div
                id="main-menu"
                className={`navbar-collapsable${open ? ' expanded' : ''}`}
                style={open ? { display: 'block' } : undefined}
                onKeyDown={(e) => e.key === 'Escape' && open && close()}
              >
                <div className="overlay" style={open ? { display: 'block' } : undefined} onClick={close} />
                <div className="close-div">
                  <button ref={closer} className="btn close-menu" type="button" onClick={close}>
                    <span className="visually-hidden">{t('layout.closeMenu')}</span>
                    <Icon name="close-big" />
                  </button>
                </div>
                <div className="menu-wrapper">
                  <ul className="navbar-nav">
                    {entries.map((entry) =>
                      entry.kind === 'group' ? (
                        <NavGroup key={entry.group} label={t(`nav.groups.${entry.group}`)} items={entry.items} />
                      ) : (
                        <li key={entry.item.to} className="nav-item">
                          <NavLink
                            to={entry.item.to}
                            end={entry.item.to === '/' || entry.item.to === '/lavoro-agile' || entry.item.label === 'nav.myRecord'}
                            className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}
                          >
                            <span>{t(entry.item.label)}</span>
                          </NavLink>
                        </li>
                      ),
                    )}
                  </ul>
                </div>
              </div>
            </nav>
          </div>
        </div>
      </div>
    </div>
  );
}
