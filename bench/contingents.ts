/**
 * Tabella B, the contingents report (`GET /reports/contingents?year=2026`, JSON), signed in as
 * `hr`, under autocannon, against the real app and against a bare node:http server that runs the
 * SQL the app ran for the same request.
 */
import { measureGets } from './http.js';
import type { Benchmark } from './target.js';

const TARGET_P99_MS = 200;

export const contingents: Benchmark = {
  name: 'contingents',
  run: (target, settings) =>
    measureGets(target, settings, {
      benchmark: 'contingents',
      username: 'hr',
      cases: [
        {
          name: 'GET /reports/contingents 2026',
          path: '/api/v1/reports/contingents?year=2026',
          describe: (answer) => {
            const r = answer as { rows: unknown[]; total: { employees: number; potentialAgileWorkers: number; share: number } };
            return `${r.rows.length} directorates, ${r.total.potentialAgileWorkers} potential agile workers of ${r.total.employees} employees (${r.total.share} %)`;
          },
        },
      ],
      target: () => ({ metric: 'p99', op: '<', value: TARGET_P99_MS }),
    }),
};
