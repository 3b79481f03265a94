/**
 * Employee list API, signed in as `hr` (sees every employee): the first page and a search,
 * under autocannon, against the real app and against a bare node:http server that runs the
 * SQL the app ran for the same request.
 */
import { measureGets } from './http.js';
import type { Benchmark } from './target.js';

const TARGET_P99_MS = 30;

const describe = (answer: unknown) => {
  const list = answer as { total: number; items: unknown[] };
  return `${list.items.length} of ${list.total} employees per answer`;
};

export const employeeList: Benchmark = {
  name: 'employee-list',
  run: (target, settings) =>
    measureGets(target, settings, {
      benchmark: 'employee-list',
      username: 'hr',
      cases: [
        { name: 'GET /employees page 1', path: '/api/v1/employees?page=1&pageSize=25', describe },
        { name: 'GET /employees q=rossi', path: '/api/v1/employees?q=rossi&page=1&pageSize=25', describe },
      ],
      target: (kind) => (kind === 'postgres' ? { metric: 'p99', op: '<', value: TARGET_P99_MS } : undefined),
    }),
};
