import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Icon } from '../components/Icon';
import { navigationFor, type NavItem } from '../components/layout/navigation';
import { Page } from '../components/Page';
import { can } from '../session/roles';
import { useMe } from '../session/SessionContext';

function greetingKey(hour: number): string {
  if (hour < 13) return 'home.goodMorning';
  if (hour < 18) return 'home.goodAfternoon';
  return 'home.goodEvening';
}

function ActionCard({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  return (
    <div className="col-12 col-md-6 col-lg-4 mb-4">
      <div className="card card-bg h-100 shadow-sm home-card">
        <div className="card-body">
          <div className="d-flex align-items-center gap-2 mb-2">
            <Icon name={item.icon} className="icon-primary" />
            <h2 className="h5 card-title mb-0">
              <Link to={item.to} className="stretched-link text-decoration-none">
                {t(item.label)}
              </Link>
            </h2>
          </div>
          <p className="card-text">{t(item.description)}</p>
        </div>
      </div>
    </div>
  );
}

/** What the signed-in person can do here, as cards. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const name = me.employee ? `${me.employee.firstName} ${me.employee.lastName}` : me.user.username;
  const cards = navigationFor(me).filter((item) => item.to !== '/');
  if (!can(me, 'settingsWrite')) cards.push({ to: '/impostazioni', label: 'nav.regulation', description: 'home.cards.regulation', icon: 'note' });
  const roles = me.user.roles.map((role) => t(`roles.${role}`)).join(', ');

  return (
    <Page title={t(greetingKey(new Date().getHours()), { name })} documentTitle={t('nav.home')}>
      <p className="lead">
        {me.employee
          ? t('home.whoAmIEmployee', { unit: me.employee.unitName, directorate: me.employee.directorateName })
          : t('home.whoAmI', { organization: me.organization.name })}
      </p>
      <p>
        <strong>{t('home.roles', { count: me.user.roles.length })}</strong> {roles}
      </p>
      {me.user.employeeId && (
        <section className="agile-callout mt-4" aria-labelledby="agile-callout-title">
          <div className="d-flex align-items-start gap-3">
            <Icon name="calendar" size="lg" className="icon-primary flex-shrink-0 d-none d-sm-block" />
            <div>
              <h2 id="agile-callout-title" className="h4 mb-2">
                {t('home.agileCallout.title')}
              </h2>
              <p className="mb-3">{t('home.agileCallout.text')}</p>
              <Link to="/lavoro-agile" className="btn btn-primary">
                {t('home.agileCallout.button')}
              </Link>
            </div>
          </div>
        </section>
      )}
      <h2 className="h4 mt-4 mb-3">{t('home.whatYouCanDo')}</h2>
      <div className="row">
        {cards.map((item) => (
          <ActionCard key={item.to} item={item} />
        ))}
      </div>
    </Page>
  );
}
