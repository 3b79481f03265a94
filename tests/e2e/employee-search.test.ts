import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmployeePage } from '../../web/src/api/types';
import { apiGet, eventually, screenshot, signIn, startHarness, type Harness } from './harness';

/** Journey (b): search an employee by surname in the list and open their record. */
describe('searching the employee list', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds an employee by surname, page by page on the server, and opens them', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('button', { name: 'Amministrazione' }).click();
    await menu.getByRole('link', { name: 'Dipendenti' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dipendenti' }).waitFor();
    const count = page.locator('.result-count');
    await eventually(() => count.innerText()).toMatch(/^600 dipendenti trovati · pagina 1 di 24$/);
    await eventually(() => page.locator('table.employee-table tbody tr').count()).toBe(25);

    await page.getByRole('button', { name: 'Pagina 2', exact: true }).click();
    await eventually(() => count.innerText()).toContain('pagina 2 di 24');
    expect(page.url()).toContain('page=2');

    // A person further down the register, to be found only through the search.
    const { body } = await apiGet<EmployeePage>(page, '/api/v1/employees?page=20&pageSize=25');
    const target = body.items[7]!;
    await page.getByLabel('Cerca per cognome, nome, matricola o e-mail').fill(target.lastName);
    await eventually(() => page.url()).toContain(`q=${encodeURIComponent(target.lastName)}`);
    expect(page.url()).not.toContain('page=2');
    await eventually(() => count.innerText()).toMatch(/dipendent[ei] trovat[oi]/);
    const names = await page.locator('table.employee-table tbody tr th').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain(target.lastName.toLowerCase());
    await screenshot(page, 'b1-employee-search');

    await page.getByRole('link', { name: `${target.lastName} ${target.firstName}` }).first().click();
    await page.getByRole('heading', { level: 1, name: `${target.lastName} ${target.firstName}` }).waitFor();
    expect(page.url()).toContain(`/dipendenti/`);
    const detail = await page.locator('main').innerText();
    expect(detail).toContain(target.matricola);
    expect(detail).toContain(target.unitName);
    await screenshot(page, 'b2-employee-detail');

    // Back returns to the filtered list.
    await page.goBack();
    await eventually(() => page.getByLabel('Cerca per cognome, nome, matricola o e-mail').inputValue()).toBe(target.lastName);
  });

  it('filters by directorate and unit', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    await page.goto('/dipendenti');
    const optionName = async (select: string, value: string) => (await page.locator(`${select} option[value="${value}"]`).innerText()).split(' · ')[1]!;
    const [directorateId] = await page.locator('#employee-directorate').selectOption({ index: 1 });
    await eventually(() => page.locator('#employee-unit').isDisabled()).toBe(false);
    const directorate = await optionName('#employee-directorate', directorateId!);
    await eventually(async () => {
      const cells = await page.locator('table.employee-table tbody tr td:nth-child(3) small').allInnerTexts();
      return cells.length > 0 && cells.every((d) => d === directorate);
    }).toBe(true);
    const [unitId] = await page.locator('#employee-unit').selectOption({ index: 1 });
    const unit = await optionName('#employee-unit', unitId!);
    await eventually(() => page.url()).toContain(`unitId=${unitId}`);
    await eventually(async () => {
      const cells = await page.locator('table.employee-table tbody tr td:nth-child(3)').allInnerTexts();
      return cells.length > 0 && cells.every((c) => c.startsWith(unit));
    }).toBe(true);
  });
});
