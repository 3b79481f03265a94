import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '../components/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')}>
      <p>{t('errors.notFoundPage')}</p>
      <Link to="/" className="btn btn-primary">
        {t('errors.backHome')}
      </Link>
    </Page>
  );
}
