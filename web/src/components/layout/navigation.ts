import type { Me } from '../../api/types';
import { can } from '../../session/roles';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  /** i18n key of the one-line description on the home page cards. */
  description: string;
  icon: string;
  /** Items of a group may be gathered under one menu entry when the menu is long. */
  group?: 'agileManagement';
}

/** Beyond this many entries the menu no longer fits one line on a desktop: groups fold into a submenu. */
export const MAX_TOP_LEVEL = 9;

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
    items.push({ to: '/lavoro-agile', label: 'nav.myAgileWork', description: 'home.cards.myAgileWork', icon: 'calendar' });
    items.push({ to: '/lavoro-agile/mese', label: 'nav.myMonth', description: 'home.cards.myMonth', icon: 'calendar' });
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
  if (can(me, 'webhooks')) items.push({ to: '/integrazioni/webhook', label: 'nav.webhooks', description: 'home.cards.webhooks', icon: 'link' });
  if (can(me, 'structure')) items.push({ to: '/struttura', label: 'nav.structure', description: 'home.cards.structure', icon: 'folder' });
  if (can(me, 'employeeList')) items.push({ to: '/dipendenti', label: 'nav.employees', description: 'home.cards.employees', icon: 'list' });
  if (can(me, 'import')) items.push({ to: '/importazione', label: 'nav.import', description: 'home.cards.import', icon: 'upload' });
  if (can(me, 'settingsWrite')) items.push({ to: '/impostazioni', label: 'nav.settings', description: 'home.cards.settings', icon: 'settings' });
  if (can(me, 'users')) items.push({ to: '/utenti', label: 'nav.users', description: 'home.cards.users', icon: 'key' });
  return items;
}

export type MenuEntry = { kind: 'link'; item: NavItem } | { kind: 'group'; group: NonNullable<NavItem['group']>; items: NavItem[] };

/** The menu as shown: one line of links, with a group folded into a submenu when there are too many. */
export function menuOf(items: NavItem[]): MenuEntry[] {
  if (items.length <= MAX_TOP_LEVEL) return items.map((item) => ({ kind: 'link', item }));
  const entries: MenuEntry[] = [];
  for (const item of items) {
    if (!item.group) {
      entries.push({ kind: 'link', item });
      continue;
    }
    const group = entries.find((e): e is Extract<MenuEntry, { kind: 'group' }> => e.kind === 'group' && e.group === item.group);
    if (group) group.items.push(item);
    else entries.push({ kind: 'group', group: item.group, items: [item] });
  }
  return entries;
}
