/**
 * HTTP load with autocannon, fired from a child process so the load generator does not share
 * the event loop of the server it measures. Latencies are taken from every response with
 * sub-millisecond precision (autocannon's own histogram rounds to whole milliseconds).
 */
import { runInChild, serveInChild } from './child.js';
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

/** Runs the clients against the app from a child process (see child.ts). */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return runInChild(import.meta.url, CHILD_FLAG, 'autocannon', options);
}

serveInChild<LoadOptions, LoadResult>(CHILD_FLAG, async (o) => {
  if (o.warmupSeconds > 0) await fire(o, o.warmupSeconds, false);
  return fire(o, o.seconds, true);
});
