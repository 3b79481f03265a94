import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../web/src/api/types';
import { apiGet, eventually, screenshot, signIn, startHarness, type Harness } from './harness';

/** HR adapts the regulation: each field with its article; a refused value is explained next to it. */
describe('organization settings', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows each rule with its article and saves a change', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('button', { name: 'Amministrazione' }).click();
    await menu.getByRole('link', { name: 'Impostazioni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impostazioni dell’ente' }).waitFor();
    const maxRow = page.getByRole('row', { name: /Giornate di lavoro agile al mese/ });
    expect(await maxRow.innerText()).toMatch(/10 giorni\s+art\. 7\.1/);
    await screenshot(page, 'e1-settings');

    await page.getByRole('button', { name: 'Modifica le impostazioni' }).click();
    // A window that closes before it opens is refused, with the reason beside the field.
    await page.locator('#setting-workingWindowEnd').fill('06:00');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.locator('#setting-workingWindowEnd-error').waitFor();
    expect(await page.locator('#setting-workingWindowEnd-error').innerText()).toContain('La fascia di lavoro deve terminare dopo l’inizio');
    expect(await page.locator('#setting-workingWindowEnd').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'e2-settings-refused');

    await page.locator('#setting-workingWindowEnd').fill('21:00');
    await page.getByLabel(/Giornate di lavoro agile al mese/).fill('8');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Impostazioni salvate.').waitFor();
    expect(await maxRow.innerText()).toMatch(/8 giorni\s+art\. 7\.1/);
    expect((await apiGet<Organization>(page, '/api/v1/organization')).body.settings.maxAgileDaysPerMonth).toBe(8);
  });

  it('lets HR manage the users', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    await page.goto('/utenti');
    await page.getByRole('heading', { level: 1, name: 'Utenti' }).waitFor();
    await page.getByLabel('Cerca per nome utente o dipendente').fill('employee01');
    await eventually(() => page.locator('section[aria-labelledby="user-list-title"] tbody tr').count()).toBe(2);
    await screenshot(page, 'e3-users');
    await page.getByRole('button', { name: 'Sospendi l’utente employee01b' }).click();
    await page.getByText('Utente «employee01b» sospeso.').waitFor();
    await eventually(() => page.getByRole('row', { name: /employee01b/ }).innerText()).toContain('Sospeso');
  });
});
