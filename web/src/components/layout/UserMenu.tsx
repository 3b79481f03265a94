import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../session/SessionContext';
import { Icon } from '../Icon';

/** The signed-in person's name and the sign-out button, in the slim header. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  const name = me.employee ? `${me.employee.firstName} ${me.employee.lastName}` : me.user.username;
  return (
    <div className="d-flex align-items-center gap-2 user-menu">
      <span className="user-name d-none d-md-inline">
        <Icon name="user" size="sm" className="icon-white me-1" />
        {name}
      </span>
      <button
        type="button"
        className="btn btn-sm btn-outline-light sign-out d-inline-flex align-items-center text-nowrap"
        onClick={() => {
          void signOut().finally(() => navigate('/accesso', { replace: true }));
        }}
      >
        <Icon name="logout" size="sm" className="icon-white me-1" />
        {t('layout.signOut')}
      </button>
    </div>
  );
}
