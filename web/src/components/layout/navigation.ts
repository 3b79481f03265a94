import type { Me } from '../../api/types';
import { can } from '../../session/roles';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  /** i18n key of the one-line description on the home page cards. */
  description: string;
  icon: string;
  /** Items of a group are gathered under one menu entry when the menu would not fit one line. */
  group?: NavGroupName;
}

export type NavGroupName = 'myAgileWork' | 'agileManagement' | 'administration';

/**
 * The order in which groups fold into a submenu, until the menu fits one line: a manager's own
 * agile work first, so that the work of their units stays in view.
 */
const FOLD_ORDER: readonly NavGroupName[] = ['myAgileWork', 'agileManagement', 'administration'];

/**
 * Room for the menu on one line at the narrowest desktop width (992 px: Bootstrap's 960 px
 * container less its padding leaves about 918 px), with a little margin; below 992 px the menu is
 * a side panel and folding only keeps it short.
 */
export const MENU_WIDTH = 900;

/**
 * The width of an entry in the menu's font (Titillium Web, 18 px), estimated from its label:
 * narrow, ordinary and wide letters, 12 px of padding on each side, and the arrow of a group.
 * Measured in Chromium within a few pixels for every label of the menu.
 */
export function entryWidth(label: string, group = false): number {
  let width = 24 + (group ? 24 : 0);
  for (const c of label) width += /[iljtfrI’'.,: ]/.test(c) ? 5 : /[mwMWHDCGOQ]/.test(c) ? 13 : 9;
  return width;
}

/**
 * The sections the signed-in person may use, in menu order: everyone has Home and their own
 * record; whoever has an employee record their agile work; managers the applications and
 * agreements of their units, directors also the activity catalogue and the contingents; HR and
 * admin the rest. The API scopes every list.
 */
export function navigationFor(me: Me): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: 'nav.home', description: 'home.cards.home', icon: 'pa' }];
  if (me.user.employeeId) {
    items.push({ to: `/dipendenti/${me.user.employeeId}`, label: 'nav.myRecord', description: 'home.cards.myRecord', icon: 'user' });
    const mine: NavItem['group'] = 'myAgileWork';
    items.push({ to: '/lavoro-agile', label: 'nav.myAgileWork', description: 'home.cards.myAgileWork', icon: 'calendar', group: mine });
    items.push({ to: '/lavoro-agile/mese', label: 'nav.myMonth', description: 'home.cards.myMonth', icon: 'calendar', group: mine });
    items.push({ to: '/postazioni', label: 'nav.desks', description: 'home.cards.desks', icon: 'map-marker', group: mine });
  }
  const agile: NavItem['group'] = 'agileManagement';
  if (can(me, 'applications')) items.push({ to: '/richieste', label: 'nav.applications', description: 'home.cards.applications', icon: 'inbox', group: agile });
  if (can(me, 'agreementList')) items.push({ to: '/accordi', label: 'nav.agreements', description: 'home.cards.agreements', icon: 'file-signed', group: agile });
  if (can(me, 'activities')) items.push({ to: '/attivita', label: 'nav.activities', description: 'home.cards.activities', icon: 'check-circle', group: agile });
  if (can(me, 'unitCalendar')) items.push({ to: '/lavoro-agile/unita', label: 'nav.unitCalendar', description: 'home.cards.unitCalendar', icon: 'calendar', group: agile });
  if (can(me, 'extensionDecision')) items.push({ to: '/lavoro-agile/estensioni', label: 'nav.extensions', description: 'home.cards.extensions', icon: 'plus-circle', group: agile });
  if (can(me, 'dayBank')) items.push({ to: '/lavoro-agile/banca', label: 'nav.dayBank', description: 'home.cards.dayBank', icon: 'box', group: agile });
  if (can(me, 'contingents')) items.push({ to: '/report/contingenti', label: 'nav.contingents', description: 'home.cards.contingents', icon: 'chart-line', group: agile });
  if (can(me, 'disconnection')) items.push({ to: '/report/disconnessione', label: 'nav.disconnection', description: 'home.cards.disconnection', icon: 'clock', group: agile });
  if (can(me, 'workplacesReport')) {
    items.push({ to: '/report/postazioni', label: 'nav.workplacesReport', description: 'home.cards.workplacesReport', icon: 'chart-line', group: agile });
    items.push({ to: '/report/dotazioni', label: 'nav.equipmentReport', description: 'home.cards.equipmentReport', icon: 'chart-line', group: agile });
  }
  // Who keeps the structure finds the employees' register beside it; managers and directors keep it at hand.
  const admin: NavItem['group'] = 'administration';
  if (can(me, 'sites')) items.push({ to: '/sedi', label: 'nav.sites', description: 'home.cards.sites', icon: 'map-marker-circle', group: admin });
  if (can(me, 'equipmentRegister')) items.push({ to: '/dotazioni', label: 'nav.equipment', description: 'home.cards.equipment', icon: 'software', group: admin });
  if (can(me, 'webhooks')) items.push({ to: '/integrazioni/webhook', label: 'nav.webhooks', description: 'home.cards.webhooks', icon: 'link', group: admin });
  if (can(me, 'structure')) items.push({ to: '/struttura', label: 'nav.structure', description: 'home.cards.structure', icon: 'folder', group: admin });
  if (can(me, 'employeeList')) items.push({ to: '/dipendenti', label: 'nav.employees', description: 'home.cards.employees', icon: 'list', group: can(me, 'structure') ? admin : undefined });
  if (can(me, 'import')) items.push({ to: '/importazione', label: 'nav.import', description: 'home.cards.import', icon: 'upload', group: admin });
  if (can(me, 'settingsWrite')) items.push({ to: '/impostazioni', label: 'nav.settings', description: 'home.cards.settings', icon: 'settings', group: admin });
  if (can(me, 'users')) items.push({ to: '/utenti', label: 'nav.users', description: 'home.cards.users', icon: 'key', group: admin });
  return items;
}

export type MenuEntry = { kind: 'link'; item: NavItem } | { kind: 'group'; group: NonNullable<NavItem['group']>; items: NavItem[] };

/**
 * The menu as shown: one line of links; when they would not fit (`MENU_WIDTH`), the groups fold
 * into submenus one after the other (`FOLD_ORDER`) until the line fits. `label` translates a key.
 */
export function menuOf(items: NavItem[], label: (key: string) => string): MenuEntry[] {
  const folded = new Set<NavGroupName>();
  let entries = entriesOf(items, folded);
  for (const group of FOLD_ORDER) {
    if (widthOf(entries, label) <= MENU_WIDTH) break;
    if (!items.some((item) => item.group === group)) continue;
    folded.add(group);
    entries = entriesOf(items, folded);
  }
  return entries;
}

function widthOf(entries: MenuEntry[], label: (key: string) => string): number {
  return entries.reduce((sum, e) => sum + (e.kind === 'link' ? entryWidth(label(e.item.label)) : entryWidth(label(`nav.groups.${e.group}`), true)), 0);
}

/** The entries with the folded groups each gathered where its first item stands. */
function entriesOf(items: NavItem[], folded: ReadonlySet<NavGroupName>): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const item of items) {
    if (!item.group || !folded.has(item.group)) {
      entries.push({ kind: 'link', item });
      continue;
    }
    const group = entries.find((e): e is Extract<MenuEntry, { kind: 'group' }> => e.kind === 'group' && e.group === item.group);
    if (group) group.items.push(item);
    else entries.push({ kind: 'group', group: item.group, items: [item] });
  }
  return entries;
}
