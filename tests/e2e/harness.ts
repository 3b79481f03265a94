import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp } from '../../src/app.js';

const root = path.resolve(import.meta.dirname, '..', '..');
export const SCREENSHOTS = path.join(root, 'tests', 'e2e', 'screenshots');

export const DEMO_ENV = {
  DEMO: '1',
  DEMO_EMPLOYEES: '600',
  APP_NOW: '2026-11-23T10:00:00+01:00',
  LOGIN_RATE_LIMIT: '1000',
  LOG_LEVEL: 'warn',
};

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) with one page, Italian, desktop size unless told. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the web front end when it is missing or stale (same rule as `npm prestart`). */
function ensureWebBuild() {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-web-build.mjs')], { cwd: root, stdio: 'inherit' });
}

export interface HarnessOptions {
  /** Variables on top of DEMO_ENV, e.g. another APP_NOW. */
  env?: Record<string, string>;
  /** Keep the database in this folder (PGlite files) instead of memory: a later harness on the same folder finds it again, not re-seeded. */
  dataDir?: string;
}

/**
 * The real server in this process (demo organization on in-memory PGlite, 600 employees, the
 * clock fixed at 23 November 2026), listening on a free port, and a headless Chromium.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  ensureWebBuild();
  const env = { ...DEMO_ENV, ...options.env, ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}) };
  const started = await startApp({ env, inMemory: !options.dataDir });
  await started.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = started.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];

  return {
    baseUrl,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'it-IT',
        timezoneId: 'Europe/Rome',
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await started.close();
    },
  };
}

/** Signs in through the form, as a person would, and waits for the home page. */
export async function signIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/accesso');
  await page.getByLabel('Nome utente').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^(Buongiorno|Buon pomeriggio|Buonasera),/ }).waitFor();
}

/** Saves a full-page screenshot under tests/e2e/screenshots (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Calls the API with the page's own session cookie (what the browser is allowed to see). */
export async function apiGet<T>(page: Page, url: string): Promise<{ status: number; body: T }> {
  const response = await page.request.get(url);
  return { status: response.status(), body: (await response.json()) as T };
}

/** expect.poll with a patience that suits a browser (vitest's default is one second). */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 100 });
}

/** Calls the API as the page's signed-in person for a write (with the anti-CSRF token /me gives). */
export async function apiSend<T>(page: Page, method: 'POST' | 'PUT' | 'PATCH', url: string, data?: unknown): Promise<{ status: number; body: T }> {
  const me = await apiGet<{ csrfToken: string }>(page, '/api/v1/me');
  const response = await page.request.fetch(url, { method, data, headers: { 'X-CSRF-Token': me.body.csrfToken } });
  return { status: response.status(), body: (await response.json()) as T };
}

/** "Cognome Nome" of the signed-in person, as the API and the pages write it. */
export async function nameOf(page: Page): Promise<{ name: string; employeeId: string }> {
  const me = (await apiGet<{ user: { employeeId: string }; employee: { firstName: string; lastName: string } }>(page, '/api/v1/me')).body;
  return { name: `${me.employee.lastName} ${me.employee.firstName}`, employeeId: me.user.employeeId };
}
