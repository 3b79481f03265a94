import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../api/enums';
import type { Role } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';

/** The roles of an account, as checkboxes. */
export function RolesField({ idPrefix, value, onChange, error, stacked }: { idPrefix: string; value: Role[]; onChange(roles: Role[]): void; error?: string; stacked?: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="mb-3">
      <legend className="h6">{t('users.roles')}</legend>
      <div className="row">
        {ROLES.map((role) => (
          <div key={role} className={stacked ? 'col-12' : 'col-12 col-sm-6 col-lg-4'}>
          <CheckboxField
            id={`${idPrefix}-${role}`}
            label={t(`roles.${role}`)}
            checked={value.includes(role)}
            onChange={(on) => onChange(on ? [...value, role] : value.filter((r) => r !== role))}
          />
          </div>
        ))}
      </div>
      {error && <div className="invalid-feedback d-block">{error}</div>}
    </fieldset>
  );
}
