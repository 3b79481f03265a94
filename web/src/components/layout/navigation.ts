import type { Me } from '../../api/types';
import { can } from '../../session/roles';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  /** i18n key of the one-line description on the home page cards. */
  description: string;
  icon: string;
}

/**
 * The sections the signed-in person may use, in menu order: everyone has Home and their own
 * record; managers and directors the employee list (the API scopes it); HR and admin the rest.
 */
export function navigationFor(me: Me): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: 'nav.home', description: 'home.cards.home', icon: 'pa' }];
  if (me.user.employeeId) items.push({ to: `/dipendenti/${me.user.employeeId}`, label: 'nav.myRecord', description: 'home.cards.myRecord', icon: 'user' });
  if (can(me, 'structure')) items.push({ to: '/struttura', label: 'nav.structure', description: 'home.cards.structure', icon: 'folder' });
  if (can(me, 'employeeList')) items.push({ to: '/dipendenti', label: 'nav.employees', description: 'home.cards.employees', icon: 'list' });
  if (can(me, 'import')) items.push({ to: '/importazione', label: 'nav.import', description: 'home.cards.import', icon: 'upload' });
  if (can(me, 'settingsWrite')) items.push({ to: '/impostazioni', label: 'nav.settings', description: 'home.cards.settings', icon: 'settings' });
  if (can(me, 'users')) items.push({ to: '/utenti', label: 'nav.users', description: 'home.cards.users', icon: 'key' });
  return items;
}
