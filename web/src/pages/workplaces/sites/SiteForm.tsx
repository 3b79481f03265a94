import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { SITE_KINDS } from '../../../api/enums';
import type { Site } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDayNames } from '../../agile-days/common/useDayNames';
import { MunicipalityField } from '../booking/MunicipalityField';
import { bodyOf, draftOf, EMPTY_SITE, type SiteDraft } from './siteDraft';

const FIELDS = ['kind', 'name', 'address', 'municipality', 'municipio', 'latitude', 'longitude', 'openingDays', 'opens', 'closes', 'accessibilityNotes', 'contact', 'accessProtocol', 'convention', 'convention.reference', 'convention.from', 'convention.to', 'convention.reservedDesks'];

/**
 * A site's record (action 2.1.3 requirements, art. 18.4 isolated room, the convention of actions
 * 2.2.x for non-municipal sites). The centre of the municipality fills the coordinates when the
 * exact ones are not at hand.
 */
export function SiteForm({ site, onSaved }: { site?: Site; onSaved(site: Site): void }) {
  const { t } = useTranslation();
  const names = useDayNames();
  const [d, setDraft] = useState<SiteDraft>(site ? draftOf(site) : EMPTY_SITE);
  const set = <K extends keyof SiteDraft>(key: K) => (value: SiteDraft[K]) => setDraft((old) => ({ ...old, [key]: value }));
  const submit = useSubmit();
  const locate = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);
  const err = (field: string) => submit.fieldError(field);

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => (site ? api.sites.update(site.id, bodyOf(d)) : api.sites.create(bodyOf(d))));
    if (saved) onSaved(saved);
  }
  async function centreOfMunicipality() {
    const found = await locate.run(() => api.sites.municipalities(d.municipality.replace(/\s*\([A-Z]{2}\)$/, '')));
    const m = found?.[0];
    if (m) setDraft((old) => ({ ...old, municipality: m.name, latitude: String(m.lat), longitude: String(m.lon) }));
  }
  const weekdays = names.weekHeaders();

  return (
    <form ref={form} onSubmit={save} noValidate>
      <ProblemAlert error={submit.error} shownAt={FIELDS} />
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField id="site-kind" label={t('sites.kind')} value={d.kind} onChange={(v) => set('kind')(v as SiteDraft['kind'])} options={SITE_KINDS.map((k) => ({ value: k, label: t(`siteKinds.${k}`) }))} error={err('kind')} disabled={!!site} />
        </div>
        <div className="col-12 col-md-8">
          <TextField id="site-name" label={t('sites.name')} value={d.name} onChange={set('name')} required error={err('name')} />
        </div>
        <div className="col-12 col-md-8">
          <TextField id="site-address" label={t('sites.address')} value={d.address} onChange={set('address')} required error={err('address')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField id="site-municipio" type="number" inputMode="numeric" label={t('sites.municipio')} hint={t('sites.municipioHint')} value={d.municipio} onChange={set('municipio')} error={err('municipio')} />
        </div>
        <div className="col-12 col-md-6">
          <MunicipalityField id="site-municipality" label={t('sites.municipality')} value={d.municipality} onChange={set('municipality')} error={err('municipality')} />
        </div>
        <div className="col-6 col-md-2">
          <TextField id="site-latitude" inputMode="decimal" label={t('sites.latitude')} value={d.latitude} onChange={set('latitude')} required error={err('latitude')} />
        </div>
        <div className="col-6 col-md-2">
          <TextField id="site-longitude" inputMode="decimal" label={t('sites.longitude')} value={d.longitude} onChange={set('longitude')} required error={err('longitude')} />
        </div>
        <div className="col-12 col-md-2 mb-4">
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={centreOfMunicipality} disabled={d.municipality.trim().length < 2 || locate.busy}>
            {t('sites.centre')}
          </button>
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6">{t('sites.openingDays')}</legend>
        <div className="d-flex flex-wrap gap-3">
          {weekdays.map((w, i) => (
            <CheckboxField key={w.long} id={`site-day-${i + 1}`} label={w.long} checked={d.openingDays.includes(i + 1)} onChange={(on) => set('openingDays')(on ? [...d.openingDays, i + 1] : d.openingDays.filter((x) => x !== i + 1))} />
          ))}
        </div>
        {err('openingDays') && <div className="invalid-feedback d-block">{err('openingDays')}</div>}
      </fieldset>
      <div className="row">
        <div className="col-6 col-md-3">
          <TextField id="site-opens" type="time" label={t('sites.opens')} value={d.opens} onChange={set('opens')} required error={err('opens')} />
        </div>
        <div className="col-6 col-md-3">
          <TextField id="site-closes" type="time" label={t('sites.closes')} value={d.closes} onChange={set('closes')} required error={err('closes')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField id="site-contact" label={t('sites.contact')} value={d.contact} onChange={set('contact')} error={err('contact')} />
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6">{t('sites.requirements')}</legend>
        <CheckboxField id="site-security" label={t('sites.securityChecked')} checked={d.securityChecked} onChange={set('securityChecked')} />
        <CheckboxField id="site-badge" label={t('sites.badgeAccess')} checked={d.badgeAccess} onChange={set('badgeAccess')} />
        <CheckboxField id="site-private-room" label={t('sites.privateRoom')} hint={t('sites.privateRoomHint')} checked={d.privateRoom} onChange={set('privateRoom')} />
        <CheckboxField id="site-accessible" label={t('sites.accessible')} checked={d.accessible} onChange={set('accessible')} />
      </fieldset>
      <TextAreaField id="site-accessibility-notes" label={t('sites.accessibilityNotes')} value={d.accessibilityNotes} onChange={set('accessibilityNotes')} rows={2} error={err('accessibilityNotes')} />
      <TextAreaField id="site-protocol" label={t('sites.accessProtocol')} value={d.accessProtocol} onChange={set('accessProtocol')} rows={3} error={err('accessProtocol')} />
      {d.kind !== 'municipal' && (
        <fieldset className="mb-3">
          <legend className="h6">{t('sites.convention')}</legend>
          <div className="row">
            <div className="col-12 col-md-6">
              <TextField id="site-convention-reference" label={t('sites.conventionReference')} value={d.conventionReference} onChange={set('conventionReference')} required error={err('convention.reference') ?? err('convention')} />
            </div>
            <div className="col-12 col-md-6">
              <TextField id="site-reserved" type="number" inputMode="numeric" label={t('sites.reservedDesks')} value={d.reservedDesks} onChange={set('reservedDesks')} error={err('convention.reservedDesks')} />
            </div>
            <div className="col-6">
              <TextField id="site-convention-from" type="date" label={t('sites.conventionFrom')} value={d.conventionFrom} onChange={set('conventionFrom')} required error={err('convention.from')} />
            </div>
            <div className="col-6">
              <TextField id="site-convention-to" type="date" label={t('sites.conventionTo')} value={d.conventionTo} onChange={set('conventionTo')} error={err('convention.to')} />
            </div>
          </div>
        </fieldset>
      )}
      <CheckboxField id="site-active" label={t('sites.active')} hint={t('sites.activeHint')} checked={d.active} onChange={set('active')} />
      <div className="mt-3">
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {site ? t('common.save') : t('sites.create')}
        </SubmitButton>
      </div>
    </form>
  );
}
