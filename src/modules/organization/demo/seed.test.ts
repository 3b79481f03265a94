import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../platform/auth/passwords.js';
import { fixedClock } from '../../../platform/clock.js';
import { openEngine, type Engine } from '../../../platform/db/engine.js';
import { migrate } from '../../../platform/db/migrate.js';
import { seedDemo, type DemoResult } from './seed.js';

describe('seeding the demo organization', () => {
  let engine: Engine;
  let result: DemoResult;
  const progress: [number, number][] = [];
  const count = async (sqlText: string) => Number((await engine.query<{ n: number }>(sqlText))[0]!.n);

  beforeAll(async () => {
    engine = await openEngine({});
    await migrate(engine);
    result = await seedDemo(engine, fixedClock('2026-11-23'), { employees: 400, onProgress: (done, total) => progress.push([done, total]) });
  }, 60_000);

  afterAll(async () => {
    await engine?.close();
  });

  it('creates Comune di Milano (demo)', async () => {
    const [org] = await engine.query<{ organization_id: string; name: string; fiscal_code: string; patron_day: string }>('SELECT * FROM organizations');
    expect(org).toMatchObject({ organization_id: result.organizationId, name: 'Comune di Milano (demo)', fiscal_code: '01199250158', patron_day: '12-07' });
  });

  it('creates the 25 directorates, each with a head and units with managers', async () => {
    expect(await count('SELECT count(*)::int AS n FROM directorates')).toBe(25);
    expect(await count('SELECT count(*)::int AS n FROM directorates WHERE head_employee_id IS NULL')).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM units WHERE manager_employee_id IS NULL')).toBe(0);
    expect(await count('SELECT count(DISTINCT directorate_id)::int AS n FROM units')).toBe(25);
  });

  it('creates the employees asked for, each with an open unit assignment', async () => {
    expect(result.employees).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM employees')).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM employee_unit_assignments WHERE valid_to IS NULL')).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM employee_circumstances')).toBeGreaterThan(0);
  });

  it('reports progress up to the last employee', () => {
    expect(progress[0]).toEqual([0, 400]);
    expect(progress.at(-1)).toEqual([400, 400]);
  });

  it('creates the demo accounts, linked to the right people, with the password "demo"', async () => {
    const users = await engine.query<{ username: string; roles: string[]; employee_id: string | null; password_hash: string }>('SELECT * FROM users');
    expect(users.map((u) => u.username).sort()).toEqual(result.accounts.map((a) => a.username).sort());
    expect(users.filter((u) => !u.employee_id).map((u) => u.username).sort()).toEqual(['admin', 'evaluator']);
    expect(await verifyPassword(users[0]!.password_hash, 'demo')).toBe(true);

    const [director] = await engine.query<{ name: string }>(
      `SELECT d.name FROM users u JOIN directorates d ON d.head_employee_id = u.employee_id WHERE u.username = 'director01'`,
    );
    expect(director?.name).toBe('Direzione Avvocatura');
    const [manager] = await engine.query<{ code: string }>(
      `SELECT un.code FROM users u JOIN units un ON un.manager_employee_id = u.employee_id WHERE u.username = 'manager01'`,
    );
    expect(manager?.code).toBe('D01-U01');
    const [hr] = await engine.query<{ code: string }>(
      `SELECT d.code FROM users u JOIN employees e ON e.id = u.employee_id JOIN units un ON un.id = e.unit_id
       JOIN directorates d ON d.id = un.directorate_id WHERE u.username = 'hr'`,
    );
    expect(hr?.code).toBe('D11');
  });

  it('records the generation in the audit log', async () => {
    const entries = await engine.query<{ action: string; entity_id: string; after: unknown; actor_label: string }>('SELECT * FROM audit_log');
    expect(entries).toEqual([expect.objectContaining({ action: 'demo.generated', entity_id: result.organizationId, after: { employees: 400 }, actor_label: 'system:demo' })]);
  });
});
