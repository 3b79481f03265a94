import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContingentsReport } from '../../web/src/api/types';
import { apiGet, screenshot, signIn, startHarness, type Harness } from './harness';

/** The evaluation body reads Tabella B: every directorate, the total, the legal check, and the same table as CSV. */
describe('contingents report (Tabella B)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the evaluator 25 directorates, the total and a CSV that downloads', async () => {
    const page = await h.newPage();
    await signIn(page, 'evaluator');
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Home', 'Contingenti', 'Disconnessione', 'Indicatori postazioni', 'Indicatori dotazioni']);
    await menu.getByRole('link', { name: 'Contingenti' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contingenti di personale (Tabella B)' }).waitFor();
    const table = page.getByRole('table', { name: /Contingenti di personale assegnato ad attività lavorabili da remoto/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(25);

    const report = (await apiGet<ContingentsReport>(page, '/api/v1/reports/contingents')).body;
    const total = await table.locator('tfoot tr').innerText();
    expect(total).toContain('Totale');
    expect(total).toContain(report.total.employees.toLocaleString('it-IT'));
    expect(total).toContain(report.total.potentialAgileWorkers.toLocaleString('it-IT'));
    expect(await page.locator('.minimum-badge').innerText()).toMatch(report.meetsMinimum ? /^Minimo di legge rispettato/ : /^Minimo di legge non rispettato/);
    await screenshot(page, 'j1-contingents');

    // The CSV link answers a CSV, for the same year.
    const csvHref = await page.getByRole('link', { name: 'Scarica CSV' }).getAttribute('href');
    expect(csvHref).toBe(`/api/v1/reports/contingents?year=${report.year}&format=csv`);
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('TOTALE');
    const xlsxHref = await page.getByRole('link', { name: 'Scarica Excel' }).getAttribute('href');
    expect((await page.request.get(xlsxHref!)).headers()['content-type']).toContain('spreadsheetml');

    // Comparing with the year before adds the previous counts and the change.
    await page.getByLabel('Confronta con').selectOption(String(report.year - 1));
    await table.getByRole('columnheader', { name: 'Variazione' }).waitFor();
    expect(await page.getByRole('link', { name: 'Scarica CSV' }).getAttribute('href')).toBe(`/api/v1/reports/contingents?year=${report.year}&compareYear=${report.year - 1}&format=csv`);
    await screenshot(page, 'j2-contingents-compared');

    const phone = await h.newPage({ width: 390, height: 844 });
    await signIn(phone, 'evaluator');
    await phone.goto('/report/contingenti');
    await phone.locator('.contingents-table tbody tr').first().waitFor();
    await screenshot(phone, 'j3-contingents-phone');
  });

  it('is refused to an employee', async () => {
    const page = await h.newPage();
    await signIn(page, 'employee03a');
    await page.goto('/report/contingenti');
    await page.getByRole('heading', { level: 1, name: 'Accesso non consentito' }).waitFor();
  });
});
