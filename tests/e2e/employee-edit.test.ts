import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmployeePage } from '../../web/src/api/types';
import { apiGet, eventually, screenshot, signIn, startHarness, type Harness } from './harness';

/** HR corrects a record: the API's reason appears beside the field, the change lands in the log. */
describe('HR edits an employee', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('moves a full-timer to horizontal part time and records protected circumstances', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const { body } = await apiGet<EmployeePage>(page, '/api/v1/employees?page=3&pageSize=25');
    const target = body.items.find((e) => e.workPattern.type === 'full_time')!;
    await page.goto(`/dipendenti/${target.id}`);
    await page.getByRole('heading', { level: 1, name: `${target.lastName} ${target.firstName}` }).waitFor();

    await page.getByRole('button', { name: 'Modifica i dati' }).click();
    await page.getByLabel('Articolazione dell’orario').selectOption('part_time_horizontal');
    await page.getByRole('button', { name: 'Salva' }).click();
    const percentError = page.locator('[id="emp-workPattern.percent-error"]');
    await percentError.waitFor();
    expect(await percentError.innerText()).toBe('Il part time orizzontale richiede una percentuale tra 1 e 99');
    expect(await page.getByLabel('Percentuale di part time').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'f1-employee-edit-refused');

    await page.getByLabel('Percentuale di part time').fill('50');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Dati del dipendente salvati.').waitFor();
    const pattern = page.locator('section[aria-labelledby="work-pattern-title"]');
    await eventually(() => pattern.innerText()).toMatch(/Part time orizzontale[\s\S]*50%/);
    const log = page.locator('section[aria-labelledby="audit-title"] tbody');
    await eventually(() => log.innerText()).toContain('Articolazione dell’orario: Tempo pieno → Part time orizzontale');
    expect(await log.innerText()).toContain('Percentuale di part time: — → 50%');

    await page.getByRole('button', { name: /Visualizza le situazioni tutelate/ }).click();
    const circumstances = page.locator('section[aria-labelledby="circumstances-title"]');
    await circumstances.getByRole('button', { name: 'Modifica' }).click();
    await page.locator('label[for="c-caregiver"]').click();
    expect(await page.getByLabel('Caregiver familiare').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Aggiungi un figlio' }).click();
    await page.getByLabel('Data di nascita del figlio 1').fill('2020-05-04');
    await circumstances.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Situazioni tutelate salvate.').waitFor();
    expect(await circumstances.innerText()).toMatch(/Caregiver familiare\s+Sì/);
    expect(await circumstances.innerText()).toContain('04/05/2020');
    await eventually(() => log.innerText()).toMatch(/(Registrazione|Modifica) delle situazioni tutelate/);
    await screenshot(page, 'f2-employee-edited');
  });
});
