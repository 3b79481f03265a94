import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameOf, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * Issue 4, "Done when": an employee applies from "Il mio lavoro agile", the director approves from
 * "Richieste", the three parties sign on the agreement page, the PDF names the employee, and in
 * the next month the agreement is active. The database lives in a folder so that a second server,
 * its clock a week later, finds the same agreement.
 */
describe('from the application to an active agreement', () => {
  let dataDir: string;
  let h: Harness | undefined;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agile-pa-e2e-'));
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const sign = async (page: Page, role: string) => {
    await page.getByRole('button', { name: `Firma come ${role}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Firma l’accordo' });
    await dialog.getByRole('button', { name: 'Firma l’accordo' }).click();
    await page.locator('.agreement-status-message').waitFor();
  };

  let agreementUrl = '';
  let employee = { name: '', employeeId: '' };

  it('takes employee01a through application, approval, three signatures and the PDF', async () => {
    h = await startHarness({ dataDir });

    // The employee applies.
    const worker = await h.newPage();
    await signIn(worker, 'employee01a');
    employee = await nameOf(worker);
    await worker.getByRole('link', { name: 'Vai a Il mio lavoro agile' }).waitFor();
    await worker.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Il mio lavoro agile' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Il mio lavoro agile' }).waitFor();
    await worker.getByRole('heading', { name: 'Richiesta di adesione al lavoro agile' }).waitFor();
    await worker.getByText('Puoi presentare la richiesta di adesione').waitFor();
    await screenshot(worker, 'g1-my-agile-work');
    await worker.getByLabel('Come organizzerai il lavoro da remoto').fill('Rendicontazione dei progetti da remoto con il desktop virtuale; riunioni di coordinamento in videoconferenza il lunedì.');
    expect(await worker.getByLabel('Giornate al mese che chiedi').inputValue()).toBe('8');
    await worker.locator('#apply-objective-0-description').fill('Rendicontazione mensile dei progetti finanziati');
    await worker.locator('#apply-objective-0-indicator').fill('rendiconti trasmessi nei termini');
    await worker.locator('#apply-objective-0-target').fill('100% entro il giorno 10');
    await worker.getByRole('button', { name: 'Invia la richiesta' }).click();
    await worker.getByText('Richiesta inviata.').waitFor();
    await worker.getByText(/in attesa della decisione del Direttore/).first().waitFor();
    expect(await worker.getByRole('heading', { name: 'Richiesta di adesione al lavoro agile' }).count()).toBe(0);
    await screenshot(worker, 'g2-application-sent');

    // The director approves with the proposed quota.
    const director = await h.newPage();
    await signIn(director, 'director01');
    // A director's menu is long: the agreements' pages sit under "Gestione lavoro agile".
    const directorMenu = director.getByRole('navigation', { name: 'Menu principale' });
    await directorMenu.getByRole('button', { name: 'Gestione lavoro agile' }).click();
    await directorMenu.getByRole('link', { name: 'Richieste' }).click();
    await director.getByRole('heading', { level: 1, name: 'Richieste di adesione' }).waitFor();
    const card = director.getByRole('article', { name: employee.name });
    await card.getByText('Rendicontazione dei progetti da remoto').waitFor();
    await screenshot(director, 'h1-applications-director');
    await card.getByRole('button', { name: `Approva la richiesta di ${employee.name}` }).click();
    const approve = director.getByRole('dialog', { name: `Approva la richiesta di ${employee.name}` });
    const quota = approve.getByLabel('Giornate di lavoro agile al mese');
    expect(await quota.inputValue()).toBe('8');
    expect(await quota.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(director, 'h2-approve-dialog');
    await approve.getByRole('button', { name: 'Approva', exact: true }).click();
    await director.getByText(`Richiesta di ${employee.name} approvata`).waitFor();
    await director.getByRole('link', { name: 'Apri la bozza dell’accordo' }).click();
    await director.getByRole('heading', { level: 1, name: `Accordo di lavoro agile di ${employee.name}` }).waitFor();
    agreementUrl = new URL(director.url()).pathname;
    expect(await director.locator('.agreement-summary').innerText()).toContain('Bozza');
    expect(await director.getByRole('row').count()).toBeGreaterThan(0);
    await director.getByText('Rendicontazione mensile dei progetti finanziati').waitFor();
    await screenshot(director, 'i1-agreement-draft');

    // The three signatures, each from the agreement page.
    await worker.goto('/lavoro-agile');
    await worker.getByRole('link', { name: 'Apri l’accordo per leggerlo e firmarlo' }).click();
    await worker.getByRole('heading', { level: 1, name: `Accordo di lavoro agile di ${employee.name}` }).waitFor();
    expect(await worker.getByRole('button', { name: 'Modifica la bozza' }).count()).toBe(0);
    await sign(worker, 'Lavoratore o lavoratrice');
    expect(await worker.locator('.agreement-summary').innerText()).toContain('In attesa di firme');

    await director.reload();
    await sign(director, 'Direttore di Direzione (datore di lavoro)');

    const hr = await h.newPage();
    await signIn(hr, 'hr');
    await hr.goto(agreementUrl);
    await hr.getByRole('heading', { level: 1, name: `Accordo di lavoro agile di ${employee.name}` }).waitFor();
    await sign(hr, 'Direzione Organizzazione e Risorse Umane');
    expect(await hr.locator('.agreement-status-message').innerText()).toContain('l’accordo è sottoscritto e decorre dal 01/12/2026');
    expect(await hr.locator('.agreement-summary').innerText()).toContain('Sottoscritto, in attesa di decorrenza');
    expect(await hr.getByText('Tutte le firme sono state apposte.').count()).toBe(1);
    const timeline = await hr.locator('.timeline').innerText();
    expect(timeline).toContain('Bozza creata dopo l’approvazione della richiesta');
    expect(timeline).toContain('Ultima firma: accordo sottoscritto');
    await screenshot(hr, 'i2-agreement-signed');

    // The PDF, as the employee downloads it, names them in its title.
    await worker.reload();
    const [download] = await Promise.all([worker.waitForEvent('download'), worker.getByRole('link', { name: 'Scarica PDF' }).click()]);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(`Accordo individuale di lavoro agile - ${employee.name}`);
    await screenshot(worker, 'i3-agreement-employee');

    await h.close();
    h = undefined;
  });

  it('shows the agreement active when the next month begins', async () => {
    expect(agreementUrl).toMatch(/^\/accordi\/[0-9a-f-]{36}$/);
    h = await startHarness({ dataDir, env: { APP_NOW: '2026-12-01T09:00:00+01:00' } });
    const worker = await h.newPage();
    await signIn(worker, 'employee01a');
    await worker.goto('/lavoro-agile');
    await worker.getByText('Hai un accordo di lavoro agile:').waitFor();
    await worker.getByRole('status').getByRole('link', { name: 'Apri l’accordo', exact: true }).click();
    await worker.getByRole('heading', { level: 1, name: `Accordo di lavoro agile di ${employee.name}` }).waitFor();
    expect(new URL(worker.url()).pathname).toBe(agreementUrl);
    expect(await worker.locator('.agreement-summary .status-badge').innerText()).toMatch(/^attivo$/i);
    expect(await worker.locator('.timeline').innerText()).toContain('Accordo attivo (decorrenza, art. 6.4)');
    expect(await worker.getByRole('button', { name: 'Recedi dall’accordo' }).count()).toBe(1);
    await screenshot(worker, 'i4-agreement-active');

    const phone = await h.newPage({ width: 390, height: 844 });
    await signIn(phone, 'employee01a');
    await phone.goto(agreementUrl);
    await phone.locator('.agreement-summary .status-badge', { hasText: 'Attivo' }).waitFor();
    await screenshot(phone, 'i5-agreement-phone');
  });
});
