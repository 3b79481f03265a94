import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Statement } from './capture-sql.js';
import type { BareClient } from './target.js';

/**
 * What the baseline answers on one URL: the app's captured statements, as steps run one after
 * the other; the statements inside a step run concurrently, as the app ran them.
 */
export type BaselinePlan = Statement[][];

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A bare `node:http` server on loopback: for a known URL it runs exactly the app's SQL through
 * the plain driver and returns the rows as JSON. No routing framework, validation, cookies,
 * authorization or serialization schema: the floor the app's figures are compared with.
 */
export async function startBaselineServer(client: BareClient, plans: Map<string, BaselinePlan>): Promise<RunningServer> {
  const server = http.createServer((req, res) => {
    const plan = plans.get(req.url ?? '');
    if (!plan) {
      res.writeHead(404).end();
      return;
    }
    void (async () => {
      try {
        const results: unknown[] = [];
        for (const step of plan) results.push(...(await Promise.all(step.map((s) => client.query(s.text, s.params)))));
        const body = JSON.stringify(results);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
