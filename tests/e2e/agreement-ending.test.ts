import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementPage } from '../../web/src/api/types';
import { apiGet, eventually, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * How agreements end (art. 9): the employee withdraws and, when the notice is too short, is
 * offered the first possible date; HR finds the inactive agreements and revokes one ex officio;
 * a manager reads the agreements of their unit.
 */
describe('agreements: lists, withdrawal and revocation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets an employee withdraw with at least 30 days of notice', async () => {
    const page = await h.newPage();
    await signIn(page, 'employee05b');
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Il mio lavoro agile' }).click();
    await page.getByRole('status').getByRole('link', { name: 'Apri l’accordo', exact: true }).click();
    await page.locator('.agreement-summary', { hasText: 'Attivo' }).waitFor();
    await page.getByRole('button', { name: 'Recedi dall’accordo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recesso dall’accordo' });
    await dialog.getByText('con un preavviso di almeno 30 giorni (art. 9.1)').waitFor();
    await dialog.getByLabel('Data da cui ha effetto il recesso').fill('2026-12-01');
    await dialog.getByLabel('Motivo del recesso').fill('Cambio di mansioni: il nuovo incarico richiede la presenza quotidiana allo sportello.');
    await dialog.getByRole('button', { name: 'Comunica il recesso' }).click();
    await dialog.locator('#withdraw-date-error').getByText('Il recesso può decorrere non prima del 23/12/2026 (preavviso art. 9)').waitFor();
    await dialog.getByText('La prima data possibile è il 23/12/2026.').waitFor();
    expect(await dialog.getByLabel('Data da cui ha effetto il recesso').evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'i8-withdrawal-too-early');
    await dialog.getByRole('button', { name: 'Usa questa data' }).click();
    expect(await dialog.getByLabel('Data da cui ha effetto il recesso').inputValue()).toBe('2026-12-23');
    await dialog.getByRole('button', { name: 'Comunica il recesso' }).click();
    await page.getByText('Recesso comunicato: l’accordo cessa dal 23/12/2026.').waitFor();
    await page.getByText('Recesso con effetto dal 23/12/2026 (art. 9.1).').waitFor();
    expect(await page.locator('.timeline').innerText()).toContain('Recesso comunicato (art. 9.1)');
    expect(await page.getByRole('button', { name: 'Recedi dall’accordo' }).count()).toBe(0);
    await screenshot(page, 'i9-withdrawal-notified');
  });

  it('gives HR the inactive agreements and revokes one ex officio', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    await page.goto('/accordi');
    await page.getByRole('heading', { level: 1, name: 'Accordi individuali' }).waitFor();
    const states = page.getByRole('group', { name: 'Filtra gli accordi per stato' });
    await eventually(() => states.getByRole('button', { name: /^Attivo \d+$/ }).count()).toBe(1);
    expect(await states.getByRole('button', { pressed: true }).innerText()).toMatch(/^Attivo/);
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'm1-agreements-hr');

    const lists = page.getByRole('group', { name: 'Elenchi di lavoro' });
    await lists.getByRole('button', { name: /^In scadenza \(60 giorni\)/ }).waitFor();
    await lists.getByRole('button', { name: /^Inattivi da 6 mesi/ }).click();
    await page.getByText('Accordi attivi senza giornate richieste da almeno 6 mesi').waitFor();
    await page.getByRole('columnheader', { name: 'Senza giornate richieste dal' }).waitFor();
    // The rows shown are those the API lists as inactive (not the active ones shown a moment before).
    const inactive = (await apiGet<AgreementPage>(page, '/api/v1/agreements?inactiveMonths=6&pageSize=200')).body.items;
    expect(inactive.length).toBeGreaterThan(0);
    await eventually(() => page.locator('tbody tr').count()).toBe(inactive.length);
    const name = inactive[0]!.employeeName;
    const first = page.locator('tbody tr').first().getByRole('link', { name });
    await screenshot(page, 'm2-agreements-inactive');
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Accordo di lavoro agile di ${name}` }).waitFor();
    await page.getByRole('button', { name: 'Revoca d’ufficio' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoca d’ufficio' });
    expect(await dialog.getByLabel('Motivo della revoca').inputValue()).toBe('Nessuna giornata di lavoro agile richiesta per 6 mesi consecutivi (art. 9.4).');
    await screenshot(page, 'i10-revocation-dialog');
    await dialog.getByRole('button', { name: 'Revoca l’accordo' }).click();
    await page.getByText('Accordo revocato d’ufficio; lavoratore e responsabile sono stati informati.').waitFor();
    expect(await page.locator('.agreement-summary .status-badge').innerText()).toBe('Revocato');
    expect(await page.locator('.timeline').innerText()).toContain('Revoca d’ufficio disposta (art. 9.4)');
  });

  it('shows a manager the agreements of their unit, on a phone too', async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await signIn(page, 'manager01');
    await page.getByRole('button', { name: 'Apri il menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Home', 'La mia scheda', 'Richieste', 'Accordi', 'Calendario unità', 'Dipendenti']);
    // Their own agile work folds into one entry so that the work of their unit stays in view.
    expect(await menu.getByRole('button', { name: 'Il mio lavoro agile' }).count()).toBe(1);
    await menu.getByRole('link', { name: 'Accordi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accordi individuali' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('group', { name: 'Elenchi di lavoro' }).count()).toBe(0);
    await screenshot(page, 'm3-agreements-manager-phone');
  });
});
