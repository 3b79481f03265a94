/**
 * Day requests over HTTP for the `day-requests` benchmark: one client per employee, each sending
 * `POST /api/v1/agile-days` for its next date as soon as the previous answer came, from a child
 * process so the clients do not share the event loop of the server they measure.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

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

function post(agent: http.Agent, base: string, c: DayClient, date: string): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ employeeId: c.employeeId, date, activities: 'Istruttoria delle pratiche assegnate' });
  const url = new URL('/api/v1/agile-days', base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: c.cookie, 'x-csrf-token': c.csrfToken } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

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

/** Runs the clients against the app at `base` from a child process (same tsx loader). */
export function runDayLoad(options: DayLoadOptions): Promise<DayLoadResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, [CHILD_FLAG]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    proc.on('message', (m: { ok: boolean; result?: DayLoadResult; error?: string }) => {
      answered = true;
      if (m.ok) resolve(m.result!);
      else reject(new Error(`day load failed: ${m.error}`));
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (!answered) reject(new Error(`day load child exited with code ${code} without answering`));
    });
    proc.send(options);
  });
}

async function child() {
  const options = await new Promise<DayLoadOptions>((resolve) => process.once('message', (m) => resolve(m as DayLoadOptions)));
  try {
    const result = await sendDayRequests(options);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
}

if (process.env[CHILD_FLAG] === '1') void child();
