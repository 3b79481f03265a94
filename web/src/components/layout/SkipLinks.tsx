import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/SessionContext';

function focusTarget(id: string) {
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView();
}

/** The first thing a keyboard reaches: jump past the header to the content or the menu. */
export function SkipLinks() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <div className="skiplinks">
      <a
        className="visually-hidden-focusable"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          focusTarget('main');
        }}
      >
        {t('layout.skipToContent')}
      </a>
      {me && (
      <a
        className="visually-hidden-focusable"
        href="#main-navigation"
        onClick={(e) => {
          e.preventDefault();
          focusTarget('main-navigation');
        }}
      >
        {t('layout.skipToNavigation')}
      </a>
      )}
    </div>
  );
}
