import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { Booking, Site } from '../../../api/types';
import { FilterButtons } from '../../../components/FilterButtons';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useAsync } from '../../../hooks/useAsync';
import { useSubmit } from '../../../hooks/useSubmit';
import { useMe } from '../../../session/SessionContext';
import { useDayNames } from '../../agile-days/common/useDayNames';
import { isIsoDate } from '../common/dates';
import { BookDeskDialog } from './BookDeskDialog';
import { MunicipalityField } from './MunicipalityField';
import { MyBookings } from './MyBookings';
import { SiteResult } from './SiteResult';
import { OutcomeAlert } from '../../../components/OutcomeAlert';

type KindFilter = 'all' | 'presence' | 'agile';
const SHOWN = 8;

/**
 * "Prenota una postazione" (POLA § 4.2, action 2.1.5; art. 15.4): choose a day, see the sites
 * nearest home with their free desks, book in two clicks; my bookings below. Opened from a desk's
 * QR code (?checkin=…) it checks in today's booking at that desk.
 */
export function BookDeskPage() {
  const { t } = useTranslation();
  const names = useDayNames();
  const me = useMe();
  const employeeId = me.user.employeeId!;
  const [params, setParams] = useSearchParams();
  const month = useAsync((signal) => api.agileDays.myMonth(employeeId, isIsoDate(params.get('giorno')) ? params.get('giorno')!.slice(0, 7) : undefined, signal), [employeeId, params.get('giorno')?.slice(0, 7)]);
  const employee = useAsync(() => api.employees.get(employeeId), [employeeId]);
  const today = me.today;
  const date = isIsoDate(params.get('giorno')) ? params.get('giorno')! : today;
  const near = params.get('vicino') ?? employee.data?.commute.homeMunicipality ?? '';
  const [dateInput, setDateInput] = useState('');
  const [nearInput, setNearInput] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [showAll, setShowAll] = useState(false);
  const [booking, setBooking] = useState<Site | null>(null);
  const [outcome, setOutcome] = useState('');

  useEffect(() => setDateInput(date), [date]);
  useEffect(() => setNearInput(near), [near]);

  const sites = useAsync((signal) => (employee.data ? api.sites.list({ date, ...(near ? { near } : {}) }, signal) : Promise.resolve(undefined)), [date, near, employee.data]);
  const mine = useAsync((signal) => api.bookings.list({ employeeId, from: today }, signal), [employeeId, today]);
  const day = month.data?.days.find((d) => d.date === date);
  const agileDayApproved = day?.request?.status === 'approved';
  // One person holds one desk a day: say so before the search offers another.
  const bookedThatDay = mine.data?.find((b) => b.date === date && (b.status === 'booked' || b.status === 'checked_in'));

  const checkIn = useSubmit();
  const [noBookingToday, setNoBookingToday] = useState(false);
  const code = params.get('checkin');
  useEffect(() => {
    if (!code || !mine.data) return;
    const mineToday = mine.data.find((b) => b.date === today && b.status === 'booked');
    setNoBookingToday(!mineToday);
    if (mineToday)
      void checkIn.run(async () => {
      const done = await api.bookings.checkIn(mineToday.id, code);
      setOutcome(t('booking.mine.checkedIn', { desk: done.deskLabel, site: done.siteName }));
      mine.reload();
      return done;
    });
    const next = new URLSearchParams(params);
    next.delete('checkin');
    setParams(next, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, today, mine.data]);

  function search(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (isIsoDate(dateInput)) next.set('giorno', dateInput);
    next.set('vicino', nearInput.trim());
    setParams(next);
    setShowAll(false);
    setOutcome('');
  }
  function booked(b: Booking) {
    setBooking(null);
    setOutcome(t('booking.done', { desk: b.deskLabel, site: b.siteName, day: names.long(b.date) }));
    sites.reload();
    mine.reload();
  }

  const filtered = (sites.data ?? []).filter((s) => s.active && (kind === 'all' || (kind === 'agile') === s.agileWorkPlace));
  const shown = showAll ? filtered : filtered.slice(0, SHOWN);

  return (
    <Page title={t('booking.title')} trail={[{ label: t('nav.myAgileWork'), to: '/lavoro-agile' }]} lead={t('booking.lead')}>
      <OutcomeAlert text={outcome} />
      <ProblemAlert error={checkIn.error} title={t('booking.qr.failed')} />
      {noBookingToday && (
        <div className="alert alert-warning" role="alert">
          {t('booking.qr.noBooking')}
        </div>
      )}
      <ProblemAlert error={month.error ?? employee.error} />
      <Section id="booking-search" title={t('booking.searchTitle')}>
        <form onSubmit={search} noValidate className="row align-items-end">
          <div className="col-12 col-md-4">
            <TextField id="booking-date" type="date" label={t('booking.date')} value={dateInput} onChange={setDateInput} min={today} required />
          </div>
          <div className="col-12 col-md-5">
            <MunicipalityField id="booking-near" label={t('booking.near')} hint={t('booking.nearHint')} value={nearInput} onChange={setNearInput} />
          </div>
          <div className="col-12 col-md-3 mb-4">
            <SubmitButton busy={sites.loading && !!sites.data} busyLabel={t('common.loading')}>
              {t('booking.search')}
            </SubmitButton>
          </div>
        </form>
        {day && (
          <p className={`alert ${agileDayApproved ? 'alert-info' : 'alert-secondary'} mb-0`} role="note">
            <strong className="first-capital d-inline-block me-1">{names.long(date)}:</strong>
            {!day.workingDay ? t('booking.dayOff') : agileDayApproved ? t('booking.dayAgile') : t('booking.dayPresence')}{' '}
            {!agileDayApproved && day.workingDay && <Link to={`/lavoro-agile/mese?mese=${date.slice(0, 7)}`}>{t('booking.toMyMonth')}</Link>}
            {bookedThatDay && <strong className="d-block mt-1">{t('booking.alreadyBooked', { desk: bookedThatDay.deskLabel, site: bookedThatDay.siteName })}</strong>}
          </p>
        )}
      </Section>
      <Section id="booking-sites" title={near ? t('booking.sitesNear', { near }) : t('booking.sitesTitle')}>
        <FilterButtons
          label={t('booking.kindFilter')}
          value={kind}
          onChange={(v) => setKind(v as KindFilter)}
          options={[
            { value: 'all', label: t('booking.kinds.all') },
            { value: 'presence', label: t('booking.kinds.presence') },
            { value: 'agile', label: t('booking.kinds.agile') },
          ]}
        />
        <ProblemAlert error={sites.error} />
        {sites.loading && !sites.data && <Loading />}
        {sites.data && (
          <div className={sites.loading ? 'opacity-50' : undefined} aria-busy={sites.loading}>
            {filtered.length === 0 && <p>{t('booking.noSites')}</p>}
            <ul className="list-unstyled mb-0" aria-label={t('booking.sitesTitle')}>
              {shown.map((s) => (
                <SiteResult key={s.id} site={s} agileDayApproved={agileDayApproved} alreadyBooked={!!bookedThatDay} onBook={setBooking} />
              ))}
            </ul>
            {filtered.length > shown.length && (
              <button type="button" className="btn btn-outline-primary" onClick={() => setShowAll(true)}>
                {t('booking.showAll', { count: filtered.length })}
              </button>
            )}
          </div>
        )}
      </Section>
      <Section id="booking-mine" title={t('booking.mine.title')}>
        <ProblemAlert error={mine.error} />
        {mine.data && (
          <MyBookings
            bookings={mine.data.filter((b) => b.status === 'booked' || b.status === 'checked_in')}
            today={today}
            onChanged={(message) => {
              setOutcome(message);
              mine.reload();
              sites.reload();
            }}
          />
        )}
      </Section>
      {booking && <BookDeskDialog site={booking} date={date} onClose={() => setBooking(null)} onDone={booked} />}
    </Page>
  );
}
