/**
 * HTTP load with autocannon, fired from a child process so the load generator does not share
 * the event loop of the server it measures. Latencies are taken from every response with
 * sub-millisecond precision (autocannon's own histogram rounds to whole milliseconds).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** Load thrown away before measuring (JIT, pools, caches). */
  warmupSeconds: number;
}

export interface LoadResult {
  p50: number;
  p99: number;
  mean: number;
  /** 2xx responses per second over the measured interval. */
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
  /** Seconds actually measured. */
  duration: number;
  /** Every 2xx latency (ms), sorted, so several runs can be pooled. */
  latencies: number[];
}

const CHILD_FLAG = 'AGILEPA_BENCH_LOAD_CHILD';

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function fire(options: LoadOptions, seconds: number, record: boolean): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let bytes = 0;
    const instance = autocannon(
      { url: options.url, headers: options.headers, connections: options.connections, duration: seconds },
      (err: unknown, result: autocannon.Result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        latencies.sort((a, b) => a - b);
        resolve({
          p50: quantile(latencies, 0.5),
          p99: quantile(latencies, 0.99),
          mean: latencies.reduce((s, v) => s + v, 0) / (latencies.length || 1),
          rps: latencies.length / result.duration,
          requests: latencies.length,
          non2xx: result.non2xx,
          errors: result.errors,
          bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
          duration: result.duration,
          latencies,
        });
      },
    );
    instance.on('response', (_client, statusCode, resBytes, responseTime) => {
      if (record && statusCode >= 200 && statusCode < 300) {
        latencies.push(responseTime);
        bytes += resBytes;
      }
    });
  });
}

async function child() {
  const options = await new Promise<LoadOptions>((resolve) => process.once('message', (m) => resolve(m as LoadOptions)));
  try {
    if (options.warmupSeconds > 0) await fire(options, options.warmupSeconds, false);
    const result = await fire(options, options.seconds, true);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    process.send!({ ok: false, error: (error as Error).stack ?? String(error) }, () => process.exit(1));
  }
}

/** Several runs of one server as one: latencies pooled, requests per second over the summed duration. */
export function mergeLoads(runs: LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const duration = runs.reduce((s, r) => s + r.duration, 0);
  return {
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    mean: latencies.reduce((s, v) => s + v, 0) / (latencies.length || 1),
    rps: requests / duration,
    requests,
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    bytesPerResponse: runs.reduce((s, r) => s + r.bytesPerResponse * r.requests, 0) / (requests || 1),
    duration,
    latencies,
  };
}

/** Runs autocannon against `url` in a child process (same tsx loader) and returns its figures. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, [CHILD_FLAG]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    proc.on('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
      answered = true;
      if (m.ok) resolve(m.result!);
      else reject(new Error(`autocannon failed: ${m.error}`));
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (!answered) reject(new Error(`autocannon child exited with code ${code} without answering`));
    });
    proc.send(options);
  });
}

if (process.env[CHILD_FLAG] === '1') void child();
