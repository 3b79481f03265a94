import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, screenshot, signIn, startHarness, type Harness } from './harness';

/** Journey (a): HR signs in, browses the structure tree, opens a unit's employees and one employee. */
describe('HR explores the organizational structure', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('signs in, expands a directorate, lists a unit and opens an employee', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.waitForURL('**/accesso?next=%2F');
    expect(await page.getAttribute('html', 'lang')).toBe('it');
    expect(await page.title()).toBe('Accedi · Agile PA');
    // The sign-in form takes the focus; the skip link is there for keyboard users.
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('username');
    await screenshot(page, 'a1-sign-in');

    await page.getByLabel('Nome utente').fill('hr');
    await page.getByLabel('Password').fill('sbagliata');
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await eventually(() => page.getByRole('alert').innerText()).toMatch(/credenziali|password|nome utente/i);
    await screenshot(page, 'a2-sign-in-error');

    await signIn(page, 'hr');
    await eventually(() => page.locator('.it-brand-title').innerText()).toBe('Comune di Milano (demo)');
    expect(await page.title()).toBe('Home · Agile PA');
    await screenshot(page, 'a3-home-hr');

    // Keyboard: a fresh page starts with the skip link, which moves the focus to <main>.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Marina|Buon/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vai al contenuto');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('button', { name: 'Amministrazione' }).click();
    await menu.getByRole('link', { name: 'Struttura' }).click();
    await page.getByRole('heading', { level: 1, name: 'Struttura organizzativa' }).waitFor();
    expect(await page.title()).toBe('Struttura organizzativa · Agile PA');
    const toggles = page.locator('.structure-tree .tree-toggle');
    await eventually(() => toggles.count()).toBe(25);
    await eventually(() => page.getByRole('status').filter({ hasText: 'direzioni' }).innerText()).toContain('25 direzioni');

    // Keyboard: focus the first directorate and open it with Enter.
    const first = toggles.first();
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    await first.focus();
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const unitsId = (await first.getAttribute('aria-controls'))!;
    const unitLinks = page.locator(`[id="${unitsId}"] a`);
    await eventually(() => unitLinks.count()).toBeGreaterThan(0);
    await screenshot(page, 'a4-structure-expanded');

    const unitText = (await unitLinks.first().innerText()).trim();
    const unitName = unitText.replace(/^\S+\s+/, '');
    await unitLinks.first().click();
    await page.getByRole('heading', { level: 1, name: 'Dipendenti' }).waitFor();
    expect(page.url()).toContain('unitId=');
    const rows = page.locator('table.employee-table tbody tr');
    await eventually(() => rows.count()).toBeGreaterThan(0);
    const units = await page.locator('table.employee-table tbody tr td:nth-child(3)').allInnerTexts();
    for (const cell of units) expect(cell).toContain(unitName);
    await eventually(() => page.locator('#employee-unit').inputValue()).not.toBe('');
    await screenshot(page, 'a5-unit-employees');

    const link = page.locator('table.employee-table tbody tr th a').first();
    const name = (await link.innerText()).trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    for (const section of ['Dati anagrafici e assegnazione', 'Contratto', 'Orario di lavoro', 'Spostamento casa-lavoro', 'Storico delle assegnazioni', 'Situazioni personali tutelate', 'Registro delle modifiche'])
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    await eventually(() => page.locator('section[aria-labelledby="unit-history-title"] tbody tr').count()).toBeGreaterThan(0);

    // The protected circumstances are read only on request, and the read is logged.
    await page.getByRole('button', { name: /Visualizza le situazioni tutelate/ }).click();
    await page.getByText('Benefici della legge 104/1992').waitFor();
    await eventually(() => page.locator('section[aria-labelledby="audit-title"] tbody').innerText()).toContain('Consultazione delle situazioni tutelate');
    await screenshot(page, 'a6-employee-detail-hr');
  });

  it('offers the same pages in English from the language switch', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening),/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await menu.getByRole('button', { name: 'Administration' }).click();
    await menu.getByRole('link', { name: 'Structure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organizational structure' }).waitFor();
    await screenshot(page, 'a7-structure-english');
    await page.getByRole('button', { name: 'Italiano' }).click();
    await page.getByRole('heading', { level: 1, name: 'Struttura organizzativa' }).waitFor();
  });
});
