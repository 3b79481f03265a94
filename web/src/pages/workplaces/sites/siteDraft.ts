import type { Site, SiteCreate, SiteKind } from '../../../api/types';

/** The site form's fields as typed (numbers as text until saved). */
export interface SiteDraft {
  kind: SiteKind;
  name: string;
  address: string;
  municipality: string;
  municipio: string;
  latitude: string;
  longitude: string;
  openingDays: number[];
  opens: string;
  closes: string;
  accessible: boolean;
  accessibilityNotes: string;
  contact: string;
  securityChecked: boolean;
  badgeAccess: boolean;
  accessProtocol: string;
  privateRoom: boolean;
  conventionReference: string;
  conventionFrom: string;
  conventionTo: string;
  reservedDesks: string;
  active: boolean;
}

export const EMPTY_SITE: SiteDraft = {
  kind: 'municipal', name: '', address: '', municipality: '', municipio: '', latitude: '', longitude: '',
  openingDays: [1, 2, 3, 4, 5], opens: '08:00', closes: '19:00', accessible: false, accessibilityNotes: '', contact: '',
  securityChecked: false, badgeAccess: false, accessProtocol: '', privateRoom: false,
  conventionReference: '', conventionFrom: '', conventionTo: '', reservedDesks: '', active: true,
};

export function draftOf(site: Site): SiteDraft {
  return {
    ...site,
    municipio: site.municipio === null ? '' : String(site.municipio),
    latitude: String(site.latitude),
    longitude: String(site.longitude),
    conventionReference: site.convention?.reference ?? '',
    conventionFrom: site.convention?.from ?? '',
    conventionTo: site.convention?.to ?? '',
    reservedDesks: site.convention?.reservedDesks === null || site.convention?.reservedDesks === undefined ? '' : String(site.convention.reservedDesks),
  };
}

/** Text to number for the API: an empty field is null, anything else the number it reads (the API judges it). */
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** The body the API expects; a municipal site has no convention (actions 2.2.x are for the others). */
export function bodyOf(d: SiteDraft): SiteCreate {
  return {
    kind: d.kind, name: d.name, address: d.address, municipality: d.municipality, municipio: num(d.municipio),
    latitude: num(d.latitude) as number, longitude: num(d.longitude) as number,
    openingDays: [...d.openingDays].sort(), opens: d.opens, closes: d.closes,
    accessible: d.accessible, accessibilityNotes: d.accessibilityNotes, contact: d.contact,
    securityChecked: d.securityChecked, badgeAccess: d.badgeAccess, accessProtocol: d.accessProtocol, privateRoom: d.privateRoom,
    convention: d.kind === 'municipal' ? null : { reference: d.conventionReference, from: d.conventionFrom, to: d.conventionTo || null, reservedDesks: num(d.reservedDesks) },
    active: d.active,
  };
}
