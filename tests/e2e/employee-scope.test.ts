import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmployeePage, Me } from '../../web/src/api/types';
import { apiGet, screenshot, signIn, startHarness, type Harness } from './harness';

/** Journey (d): an employee sees only themselves — in the menu, in the pages and in the API. */
describe('an employee cannot see the other employees', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows Home, their own record and their agile work only', async () => {
    const page = await h.newPage();
    await signIn(page, 'employee01a');
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Home', 'La mia scheda', 'Il mio lavoro agile', 'Il mio mese', 'Postazioni']);
    expect(await page.getByRole('link', { name: 'Dipendenti' }).count()).toBe(0);
    await screenshot(page, 'd1-home-employee');

    const me = (await apiGet<Me>(page, '/api/v1/me')).body;
    const list = await apiGet<EmployeePage>(page, '/api/v1/employees');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items.map((e) => e.id)).toEqual([me.user.employeeId]);

    await menu.getByRole('link', { name: 'La mia scheda' }).click();
    await page.getByRole('heading', { level: 1, name: `${me.employee!.lastName} ${me.employee!.firstName}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Contratto' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Situazioni personali tutelate' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Registro delle modifiche' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Modifica i dati' }).count()).toBe(0);
    await screenshot(page, 'd2-my-record');

    // Typing the list's address leads to an explanation, not to the data.
    await page.goto('/dipendenti');
    await page.getByRole('heading', { level: 1, name: 'Accesso non consentito' }).waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await screenshot(page, 'd3-list-forbidden');

    // Another person's record is refused by the API and the page says so.
    const hr = await h.newPage();
    await signIn(hr, 'hr');
    const other = (await apiGet<EmployeePage>(hr, '/api/v1/employees?pageSize=5')).body.items.find((e) => e.id !== me.user.employeeId)!;
    expect((await apiGet(page, `/api/v1/employees/${other.id}`)).status).toBe(403);
    expect((await apiGet(page, `/api/v1/employees/${other.id}/circumstances`)).status).toBe(403);
    await page.goto(`/dipendenti/${other.id}`);
    await page.getByRole('alert').waitFor();
    expect(await page.locator('main').innerText()).not.toContain(other.matricola);
  });

  it('reads the regulation but cannot change it', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await signIn(page, 'employee01a');
    await page.getByRole('link', { name: 'Regolamento dell’ente' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regolamento dell’ente' }).waitFor();
    await page.locator('.article-badge:visible', { hasText: 'art. 7.1' }).waitFor();
    expect(await page.getByRole('button', { name: 'Modifica le impostazioni' }).count()).toBe(0);
    await screenshot(page, 'd4-regulation-phone');
  });
});
