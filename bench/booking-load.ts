/**
 * Desk bookings over HTTP for the `bookings` benchmark: one client per employee, each booking a
 * desk drawn from a small shared pool (a few sites, a few days) as soon as its previous answer
 * came, and cancelling what it got before trying again, so that the pool stays contended; from a
 * child process so the clients do not share the event loop of the server they measure.
 */
import http from 'node:http';
import { postWithSession, runInChild, serveInChild } from './child.js';
import { Random } from '../src/platform/random.js';

/** A desk on a day: what a client asks for. */
export interface Slot {
  deskId: string;
  date: string;
}

/** One client: an employee signed in, and the seed of the slots it draws. */
export interface BookingClient {
  cookie: string;
  csrfToken: string;
  seed: number;
}

export interface BookingLoadOptions {
  base: string;
  clients: BookingClient[];
  slots: Slot[];
  /** Attempts sent and thrown away first (connections, JIT). */
  warmupSeconds: number;
  seconds: number;
}

export interface BookingLoadResult {
  /** ms of each booking attempt answered in the measured interval (201 and 409 alike). */
  latencies: number[];
  /** Measured seconds (from the end of the warm-up to the last answer). */
  wallSeconds: number;
  /** Measured attempts by answer: 201, and the 409 codes (DESK_TAKEN, ALREADY_BOOKED). */
  outcomes: Record<string, number>;
  /** Bookings made in all, warm-up included (each cancelled at once). */
  created: number;
  failures: string[];
}

const request = (agent: http.Agent, base: string, c: BookingClient, path: string, body?: string) => postWithSession(agent, base, path, c, body);

/** The code of a problem+json answer. */
export const codeOf = (body: string) => {
  try {
    return String((JSON.parse(body) as { code?: string }).code ?? '?');
  } catch {
    return '?';
  }
};

/** Every client books, and cancels what it got, back to back until the time is up. */
export async function sendBookings(o: BookingLoadOptions): Promise<BookingLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.clients.length });
  const started = performance.now();
  const measureFrom = started + o.warmupSeconds * 1000;
  const until = measureFrom + o.seconds * 1000;
  const latencies: number[] = [];
  const failures: string[] = [];
  const outcomes: Record<string, number> = {};
  let created = 0;
  let lastAnswer = measureFrom;
  await Promise.all(
    o.clients.map(async (c) => {
      const random = new Random(c.seed);
      while (performance.now() < until && failures.length < 20) {
        const slot = random.pick(o.slots);
        const sent = performance.now();
        const res = await request(agent, o.base, c, '/api/v1/bookings', JSON.stringify(slot));
        const done = performance.now();
        const outcome = res.status === 201 ? '201' : res.status === 409 ? `409 ${codeOf(res.body)}` : null;
        if (!outcome) failures.push(`POST /bookings ${slot.date}: ${res.status} ${res.body.slice(0, 200)}`);
        else if (sent >= measureFrom) {
          latencies.push(done - sent);
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          lastAnswer = Math.max(lastAnswer, done);
        }
        if (res.status === 201) {
          created++;
          const { id } = JSON.parse(res.body) as { id: string };
          const cancelled = await request(agent, o.base, c, `/api/v1/bookings/${id}/cancellation`);
          if (cancelled.status !== 200) failures.push(`cancellation: ${cancelled.status} ${cancelled.body.slice(0, 200)}`);
        }
      }
    }),
  );
  agent.destroy();
  return { latencies, wallSeconds: (lastAnswer - measureFrom) / 1000, outcomes, created, failures };
}

const CHILD_FLAG = 'AGILEPA_BENCH_BOOKING_CHILD';

/** Runs the clients against the app from a child process (see child.ts). */
export function runBookingLoad(options: BookingLoadOptions): Promise<BookingLoadResult> {
  return runInChild(import.meta.url, CHILD_FLAG, 'booking load', options);
}

serveInChild<BookingLoadOptions, BookingLoadResult>(CHILD_FLAG, sendBookings);
