/**
 * Day requests over HTTP for the `day-requests` benchmark: one client per employee, each sending
 * `POST /api/v1/agile-days` for its next date as soon as the previous answer came, from a child
 * process so the clients do not share the event loop of the server they measure.
 */
import http from 'node:http';
import { postWithSession, runInChild, serveInChild } from './child.js';

/** One client: an employee signed in, and the dates it may ask for, in order. */
export interface DayClient {
  employeeId: string;
  cookie: string;
  csrfToken: string;
  dates: string[];
}

export interface DayLoadOptions {
  base: string;
  clients: DayClient[];
  /** Requests sent and thrown away first (connections, JIT). */
  warmupSeconds: number;
  seconds: number;
}

export interface DayLoadResult {
  /** ms of each 201 answer in the measured interval. */
  latencies: number[];
  /** Measured seconds (from the end of the warm-up to the last answer). */
  wallSeconds: number;
  /** Dates used by each client, warm-up included (the next run starts after them). */
  used: number[];
  failures: string[];
}

const post = (agent: http.Agent, base: string, c: DayClient, date: string) =>
  postWithSession(agent, base, '/api/v1/agile-days', c, JSON.stringify({ employeeId: c.employeeId, date, activities: 'Istruttoria delle pratiche assegnate' }));

/** Every client sends requests back to back until the time is up. */
export async function sendDayRequests(o: DayLoadOptions): Promise<DayLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.clients.length });
  const started = performance.now();
  const measureFrom = started + o.warmupSeconds * 1000;
  const until = measureFrom + o.seconds * 1000;
  const latencies: number[] = [];
  const failures: string[] = [];
  const used = o.clients.map(() => 0);
  let lastAnswer = measureFrom;
  await Promise.all(
    o.clients.map(async (c, i) => {
      while (performance.now() < until && used[i]! < c.dates.length && failures.length < 20) {
        const date = c.dates[used[i]!]!;
        used[i]!++;
        const sent = performance.now();
        const res = await post(agent, o.base, c, date);
        const done = performance.now();
        if (res.status !== 201) failures.push(`${date}: ${res.status} ${res.body.slice(0, 200)}`);
        else if (sent >= measureFrom) {
          latencies.push(done - sent);
          lastAnswer = Math.max(lastAnswer, done);
        }
      }
      if (used[i]! >= c.dates.length) failures.push(`client ${i} ran out of dates`);
    }),
  );
  agent.destroy();
  return { latencies, wallSeconds: (lastAnswer - measureFrom) / 1000, used, failures };
}

const CHILD_FLAG = 'AGILEPA_BENCH_DAY_CHILD';

/** Runs the clients against the app from a child process (see child.ts). */
export function runDayLoad(options: DayLoadOptions): Promise<DayLoadResult> {
  return runInChild(import.meta.url, CHILD_FLAG, 'day load', options);
}

serveInChild<DayLoadOptions, DayLoadResult>(CHILD_FLAG, sendDayRequests);
