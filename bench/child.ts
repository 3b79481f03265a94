/**
 * Load generators run in a child process (same tsx loader), so the clients never share the event
 * loop of the server they measure. A load module calls `serveInChild` at its end and exports a
 * function that calls `runInChild` with its own `import.meta.url`.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

interface Answer<R> {
  ok: boolean;
  result?: R;
  error?: string;
}

/** Forks `moduleUrl` with `flag` set, sends it `options`, and resolves with what `work` returned there. */
export function runInChild<O, R>(moduleUrl: string, flag: string, what: string, options: O): Promise<R> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(moduleUrl), [], { env: { ...process.env, [flag]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    proc.on('message', (m: Answer<R>) => {
      answered = true;
      if (m.ok) resolve(m.result!);
      else reject(new Error(`${what} failed: ${m.error}`));
    });
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (!answered) reject(new Error(`${what} child exited with code ${code} without answering`));
    });
    proc.send(options as object);
  });
}

/** In the forked process (when `flag` is set): reads the options, runs `work`, answers and exits. */
export function serveInChild<O, R>(flag: string, work: (options: O) => Promise<R>): void {
  if (process.env[flag] !== '1') return;
  void (async () => {
    const options = await new Promise<O>((resolve) => process.once('message', (m) => resolve(m as O)));
    try {
      const result = await work(options);
      process.send!({ ok: true, result } satisfies Answer<R>, () => process.exit(0));
    } catch (error) {
      process.send!({ ok: false, error: (error as Error).stack ?? String(error) } satisfies Answer<R>, () => process.exit(1));
    }
  })();
}

/** A POST with the session cookie and CSRF header over a keep-alive agent; the answer's status and text. */
export function postWithSession(agent: http.Agent, base: string, path: string, session: { cookie: string; csrfToken: string }, body?: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  const headers: Record<string, string | number> = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
