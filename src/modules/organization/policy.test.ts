import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/actor.js';
import { can, employeeScope, ORGANIZATION_POLICY, type OrganizationAction } from './policy.js';

const actor = (roles: Role[], employeeId: string | null = 'e1'): Actor => ({ userId: 'u', organizationId: 'o', username: 'x', roles, employeeId });

describe('organization policy, role × action', () => {
  const table: [Role, OrganizationAction[]][] = [
    ['employee', ['structure.read', 'settings.read']],
    ['manager', ['structure.read', 'settings.read']],
    ['director', ['structure.read', 'settings.read']],
    ['evaluator', ['structure.read', 'settings.read']],
    ['it', ['structure.read', 'settings.read']],
    ['facilities', ['structure.read', 'settings.read']],
    ['hr', ['structure.read', 'structure.write', 'employee.write', 'employee.import', 'circumstances.read', 'circumstances.write', 'audit.read', 'settings.read', 'settings.write', 'users.read', 'users.write']],
    ['admin', ['structure.read', 'structure.write', 'employee.write', 'employee.import', 'audit.read', 'settings.read', 'settings.write', 'users.read', 'users.write', 'users.grantAdmin']],
  ];
  for (const [role, allowed] of table) {
    it(`${role} may do exactly: ${allowed.join(', ')}`, () => {
      const actions = Object.keys(ORGANIZATION_POLICY) as OrganizationAction[];
      expect(actions.filter((a) => can(actor([role]), a))).toEqual(allowed);
    });
  }

  it('scopes the employee register by role', () => {
    expect(employeeScope(actor(['hr']))).toBe('all');
    expect(employeeScope(actor(['director']))).toBe('directorate');
    expect(employeeScope(actor(['manager']))).toBe('units');
    expect(employeeScope(actor(['employee']))).toBe('self');
    expect(employeeScope(actor(['evaluator'], null))).toBe('none');
    expect(employeeScope(actor(['manager', 'director']))).toBe('directorate');
  });
});
