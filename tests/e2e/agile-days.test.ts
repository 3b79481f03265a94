import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, eventually, nameOf, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * Issue 5, "Done when": the employee asks for three days from "Il mio mese", the manager
 * authorizes two and rejects one from the unit calendar, revokes one the day before it, the
 * employee sees it "recuperabile nel mese" and asks for another date; the unit calendar shows it
 * all. The database lives in a folder so that a second server, its clock on the Monday after,
 * finds the same days (art. 10.1 notice of 3 days, art. 10.2 revocation at least a day before).
 */
describe('agile days: request, decision, revocation, recovery', () => {
  let dataDir: string;
  let h: Harness | undefined;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agile-pa-e2e-days-'));
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  let employee = { name: '', employeeId: '' };
  let unitName = '';

  const openMyMonth = async (page: Page) => {
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Il mio mese' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio mese' }).waitFor();
    await page.getByRole('heading', { name: 'Novembre 2026' }).waitFor();
  };

  const requestDay = async (page: Page, day: string, activities: string) => {
    await page.getByRole('button', { name: `Richiedi il lavoro agile per ${day}` }).click();
    const dialog = page.getByRole('dialog', { name: `Richiedi il lavoro agile per ${day}` });
    const field = dialog.getByLabel('Attività previste');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill(activities);
    await dialog.getByRole('button', { name: 'Invia la richiesta' }).click();
    await page.getByText(`Richiesta per ${day} inviata`).waitFor();
  };

  const openUnitCalendar = async (page: Page) => {
    await page.goto('/lavoro-agile/unita');
    await page.getByRole('heading', { level: 1, name: 'Calendario delle unità' }).waitFor();
    await page.getByRole('link', { name: new RegExp(unitName) }).click();
    await page.getByRole('heading', { level: 1, name: `Calendario di ${unitName}` }).waitFor();
  };

  it('on Friday 20 November: employee01b asks for three days, manager01 authorizes two and rejects one', { timeout: 180_000 }, async () => {
    h = await startHarness({ dataDir, env: { APP_NOW: '2026-11-20T10:00:00+01:00' } });

    const worker = await h.newPage();
    await signIn(worker, 'employee01b');
    employee = await nameOf(worker);
    unitName = (await apiGet<{ employee: { unitName: string } }>(worker, '/api/v1/me')).body.employee.unitName;
    await openMyMonth(worker);
    await worker.getByText('7 h 12 min').waitFor();
    await worker.getByText('07:00–21:00').waitFor();

    // Without activities the API refuses, and says why beside the field.
    await worker.getByRole('button', { name: 'Richiedi il lavoro agile per martedì 24 novembre' }).click();
    const dialog = worker.getByRole('dialog', { name: 'Richiedi il lavoro agile per martedì 24 novembre' });
    await dialog.getByRole('button', { name: 'Invia la richiesta' }).click();
    await dialog.getByText('Indica le attività previste per la giornata').waitFor();
    expect(await dialog.getByLabel('Attività previste').getAttribute('aria-invalid')).toBe('true');
    await screenshot(worker, 'k1-request-dialog-error');
    await dialog.getByRole('button', { name: 'Annulla' }).click();

    await requestDay(worker, 'martedì 24 novembre', 'Istruttoria delle pratiche di contenzioso');
    await requestDay(worker, 'mercoledì 25 novembre', 'Redazione delle memorie difensive');
    await requestDay(worker, 'giovedì 26 novembre', 'Ricerca giurisprudenziale');
    await screenshot(worker, 'k2-my-month-three-pending');

    const manager = await h.newPage();
    await signIn(manager, 'manager01');
    await openUnitCalendar(manager);
    const pending = manager.locator('#unit-pending-title').locator('xpath=ancestor::section');
    await pending.getByLabel(`Seleziona: ${employee.name}, martedì 24 novembre`).check();
    await pending.getByLabel(`Seleziona: ${employee.name}, mercoledì 25 novembre`).check();
    await screenshot(manager, 'l1-unit-calendar-pending');
    await pending.getByRole('button', { name: 'Autorizza le selezionate (2)' }).click();
    await manager.getByText('2 giornate autorizzate.').waitFor();

    await manager.getByRole('button', { name: `Respingi la richiesta di ${employee.name}, giovedì 26 novembre` }).click();
    const reject = manager.getByRole('dialog', { name: `Respingi la giornata di ${employee.name}, giovedì 26 novembre` });
    await reject.getByRole('button', { name: 'Respingi', exact: true }).click();
    await reject.getByText('Indica il motivo per cui respingi la giornata').waitFor();
    await reject.getByLabel('Motivo del diniego').fill('Udienza in presenza già fissata per quel giorno');
    await reject.getByRole('button', { name: 'Respingi', exact: true }).click();
    await manager.getByText('1 giornata respinta.').waitFor();

    await worker.reload();
    await worker.getByRole('heading', { name: 'Novembre 2026' }).waitFor();
    const grid = worker.locator('.month-grid');
    await eventually(() => grid.locator('td', { hasText: /^24/ }).innerText()).toContain('autorizzata');
    expect(await grid.locator('td', { hasText: /^26/ }).innerText()).toContain('respinta');
  });

  it('on Monday 23 November: the manager revokes the 24th, the employee recovers it on another date, the unit calendar shows it', { timeout: 180_000 }, async () => {
    await h?.close();
    h = await startHarness({ dataDir, env: { APP_NOW: '2026-11-23T10:00:00+01:00' } });

    const manager = await h.newPage();
    await signIn(manager, 'manager01');
    await openUnitCalendar(manager);
    await manager.getByRole('button', { name: `Revoca la giornata di ${employee.name}, martedì 24 novembre` }).click();
    const revoke = manager.getByRole('dialog', { name: `Revoca la giornata di ${employee.name}, martedì 24 novembre` });
    await revoke.getByLabel('Motivo della revoca').fill('Riunione straordinaria con l’Avvocatura dello Stato');
    await screenshot(manager, 'l2-revoke-dialog');
    await revoke.getByRole('button', { name: 'Revoca la giornata', exact: true }).click();
    await manager.getByText(`Giornata di ${employee.name}, martedì 24 novembre, revocata`).waitFor();

    const worker = await h.newPage();
    await signIn(worker, 'employee01b');
    await openMyMonth(worker);
    const grid = worker.locator('.month-grid');
    await eventually(() => grid.locator('td', { hasText: /^24/ }).innerText()).toContain('revocata — recuperabile nel mese');
    expect(await grid.locator('td', { hasText: /^25/ }).innerText()).toContain('autorizzata');
    await requestDay(worker, 'venerdì 27 novembre', 'Istruttoria delle pratiche di contenzioso (recupero)');
    await screenshot(worker, 'k3-my-month-recovered');

    // The same month on a phone: a list of days, the states in words.
    const phone = await h.newPage({ width: 390, height: 844 });
    await signIn(phone, 'employee01b');
    await phone.goto('/lavoro-agile/mese');
    const list = phone.locator('.month-list');
    await eventually(() => list.locator('li', { hasText: 'martedì 24 novembre' }).innerText()).toContain('recuperabile nel mese');
    await screenshot(phone, 'k4-my-month-phone');

    await manager.reload();
    await manager.getByRole('heading', { level: 1, name: `Calendario di ${unitName}` }).waitFor();
    const row = manager.locator('.unit-grid tbody tr', { has: manager.getByRole('rowheader', { name: employee.name, exact: true }) });
    const cell = (day: number) => row.locator('td').nth(day - 1);
    await eventually(() => cell(27).innerText()).toContain('in attesa');
    expect(await cell(24).innerText()).toContain('revocata');
    expect(await cell(25).innerText()).toContain('autorizzata');
    expect(await cell(26).innerText()).toContain('respinta');
    const pending = manager.locator('#unit-pending-title').locator('xpath=ancestor::section');
    await pending.getByText(`${employee.name}`).first().waitFor();
    expect(await pending.getByLabel(`Seleziona: ${employee.name}, venerdì 27 novembre`).count()).toBe(1);
    await screenshot(manager, 'l3-unit-calendar-result');
  });
});
