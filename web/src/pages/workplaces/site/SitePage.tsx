import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Booking } from '../../../api/types';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { useDayNames } from '../../agile-days/common/useDayNames';
import { BookDeskDialog } from '../booking/BookDeskDialog';
import { addDays, isIsoDate, mondayOf } from '../common/dates';
import { SiteDetails } from './SiteDetails';
import { WeekGrid } from './WeekGrid';
import { OutcomeAlert } from '../../../components/OutcomeAlert';

/** A site and its week (action 2.1.5): who may go where, day by day; an employee books a free desk from the grid. */
export function SitePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const names = useDayNames();
  const [params, setParams] = useSearchParams();
  const site = useAsync((signal) => api.sites.get(id, signal), [id]);
  const today = me.today;
  const monday = mondayOf(isIsoDate(params.get('settimana')) ? params.get('settimana')! : today);
  const week = useAsync((signal) => api.sites.availability(id, monday, addDays(monday, 6), signal), [id, monday]);
  const [booking, setBooking] = useState<{ deskId: string; date: string } | null>(null);
  const [outcome, setOutcome] = useState('');

  const goWeek = (delta: number) => {
    setOutcome('');
    setParams({ settimana: addDays(monday, 7 * delta) });
  };
  const booked = (b: Booking) => {
    setBooking(null);
    setOutcome(t('booking.done', { desk: b.deskLabel, site: b.siteName, day: names.long(b.date) }));
    week.reload();
  };

  return (
    <Page title={site.data?.name ?? t('sitePage.title')} trail={[{ label: t('booking.title'), to: '/postazioni' }]}>
      <ProblemAlert error={site.error} />
      {site.loading && !site.data && <Loading />}
      <OutcomeAlert text={outcome}>
        {' '}
        <Link to="/postazioni">{t('booking.mine.title')}</Link>
      </OutcomeAlert>
      {site.data && (
        <>
          <Section id="site-week" title={t('sitePage.weekTitle', { from: format.date(monday), to: format.date(addDays(monday, 6)) })}>
            <nav className="d-flex justify-content-between mb-3" aria-label={t('sitePage.weekNav')}>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => goWeek(-1)} disabled={week.loading}>
                <Icon name="chevron-left" size="sm" className="icon-primary" />
                {t('sitePage.previousWeek')}
              </button>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => goWeek(1)} disabled={week.loading}>
                {t('sitePage.nextWeek')}
                <Icon name="chevron-right" size="sm" className="icon-primary" />
              </button>
            </nav>
            {site.data.agileWorkPlace && <p>{t('booking.dialog.agileLead')}</p>}
            <p className="small">{t('sitePage.legend')}</p>
            <ProblemAlert error={week.error} />
            {week.loading && !week.data && <Loading />}
            {week.data && (
              <div className={week.loading ? 'opacity-50' : undefined} aria-busy={week.loading}>
                <WeekGrid week={week.data} today={today} onBook={me.user.employeeId ? (deskId, date) => setBooking({ deskId, date }) : undefined} />
              </div>
            )}
          </Section>
          <Section id="site-details" title={t('sitePage.details')}>
            <SiteDetails site={site.data} />
          </Section>
        </>
      )}
      {booking && site.data && <BookDeskDialog site={site.data} date={booking.date} deskId={booking.deskId} onClose={() => setBooking(null)} onDone={booked} />}
    </Page>
  );
}
