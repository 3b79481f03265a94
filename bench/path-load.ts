/**
 * The agreement path over HTTP — submit, approve, three signatures — driven by a few concurrent
 * workers over distinct employees, fired from a child process so the clients do not share the
 * event loop of the server they measure (as load.ts does for autocannon).
 */
import { runInChild, serveInChild } from './child.js';
import type { Session } from './http.js';

/** The five requests of one path, in order. */
export const PATH_STEPS = ['submit', 'decide', 'sign employee', 'sign director', 'sign hr'] as const;

/** One employee's path: who applies, on which activity, and the director who decides and signs. */
export interface PathJob {
  employeeId: string;
  activityId: string;
  employee: Session;
  director: Session;
}

export interface PathTimes {
  /** ms per completed path, in completion order. */
  latencies: number[];
  /** ms per request of each path, by step (PATH_STEPS order). */
  steps: number[][];
  /** Seconds from the first path started to the last finished (warm-up excluded). */
  wallSeconds: number;
}

/**
 * Runs `job` for every item with `workers` at a time, each worker taking the next item as soon as
 * it is done; returns each path's latency and the wall time. `job` records its own step times.
 */
export async function runPool<T>(items: T[], workers: number, job: (item: T, steps: number[]) => Promise<void>): Promise<PathTimes> {
  const latencies: number[] = [];
  const steps: number[][] = PATH_STEPS.map(() => []);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        const own: number[] = [];
        const begun = performance.now();
        await job(item, own);
        latencies.push(performance.now() - begun);
        own.forEach((ms, i) => steps[i]?.push(ms));
      }
    }),
  );
  return { latencies, steps, wallSeconds: (performance.now() - started) / 1000 };
}

export const APPLICATION_BODY = {
  plan: 'Istruttorie e redazione di atti da remoto, con verifica mensile dei risultati.',
  requestedDaysPerMonth: 5,
  objectives: [{ description: 'x', indicator: 'y', target: 'z' }],
};

async function post(base: string, who: Session, path: string, body: unknown, expected: number): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`POST ${path} answered ${res.status} (expected ${expected}): ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/**
 * One whole path through the API: the employee applies, the director approves, then employee,
 * director and HR sign; the last signature must leave the agreement `signed`. Each request's
 * duration goes to `steps`, and each request may be wrapped (to capture its SQL).
 */
export async function appPath(
  base: string,
  hr: Session,
  job: PathJob,
  steps: number[],
  around: <T>(step: number, fn: () => Promise<T>) => Promise<T> = (_step, fn) => fn(),
): Promise<{ applicationId: string; agreementId: string }> {
  const timed = async <T>(step: number, fn: () => Promise<T>): Promise<T> => {
    const sent = performance.now();
    const out = await around(step, fn);
    steps.push(performance.now() - sent);
    return out;
  };
  const application = await timed(0, () => post(base, job.employee, '/api/v1/applications', { employeeId: job.employeeId, activityIds: [job.activityId], ...APPLICATION_BODY }, 201));
  const applicationId = String(application.id);
  const decision = await timed(1, () => post(base, job.director, `/api/v1/applications/${applicationId}/decision`, { decision: 'approve' }, 200));
  if (decision.status !== 'approved' || typeof decision.agreementId !== 'string') throw new Error(`the decision answered ${JSON.stringify(decision)}`);
  const agreementId = decision.agreementId;
  let last: Record<string, unknown> = {};
  for (const [i, signer] of [job.employee, job.director, hr].entries()) last = await timed(2 + i, () => post(base, signer, `/api/v1/agreements/${agreementId}/signatures`, undefined, 201));
  if (last.status !== 'signed') throw new Error(`after three signatures agreement ${agreementId} is "${String(last.status)}", not signed`);
  return { applicationId, agreementId };
}

export interface PathLoadOptions {
  base: string;
  hr: Session;
  workers: number;
  /** Paths run first and thrown away (connections, JIT). */
  warmup: PathJob[];
  jobs: PathJob[];
}

const CHILD_FLAG = 'AGILEPA_BENCH_PATH_CHILD';

/** Runs the jobs' paths against the app at `base` from a child process (see child.ts). */
export function runAppPaths(options: PathLoadOptions): Promise<PathTimes> {
  return runInChild(import.meta.url, CHILD_FLAG, 'path load', options);
}

serveInChild<PathLoadOptions, PathTimes>(CHILD_FLAG, async (options) => {
  const job = async (j: PathJob, steps: number[]) => {
    await appPath(options.base, options.hr, j, steps);
  };
  if (options.warmup.length) await runPool(options.warmup, options.workers, job);
  return runPool(options.jobs, options.workers, job);
});
