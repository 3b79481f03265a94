import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directorate } from '../../web/src/api/types';
import { apiGet, eventually, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * HR runs the scheme: the activity catalogue with the art. 3 checklist and a reasoned exception,
 * an employee's activities by prevalence, a transfer that lapses the agreement (art. 9.3) and its
 * reactivation as a new draft, and the annexes every agreement carries.
 */
describe('HR and directors manage activities, mappings and agreements', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('maps an activity with the checklist and decides an exception', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('button', { name: 'Gestione lavoro agile' }).click();
    expect(await menu.getByRole('button', { name: 'Gestione lavoro agile' }).getAttribute('aria-expanded')).toBe('true');
    await menu.getByRole('link', { name: 'Catalogo attività' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalogo delle attività' }).waitFor();
    await page.getByLabel('Direzione', { exact: true }).selectOption({ label: 'D01 · Direzione Avvocatura' });
    await page.getByLabel('Unità organizzativa', { exact: true }).selectOption({ index: 1 });
    const table = page.locator('.activity-table');
    await page.getByText(/^3 attività, di cui 2 lavorabili da remoto\.$/).waitFor();
    expect(await table.getByText('Lavorabile da remoto', { exact: true }).count()).toBeGreaterThan(0);
    expect(await table.getByText('Non lavorabile da remoto', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'k1-catalogue');

    await page.getByRole('button', { name: 'Nuova attività' }).click();
    await page.getByRole('heading', { name: /^Nuova attività/ }).waitFor();
    await page.getByLabel('Attività', { exact: true }).fill('Notifiche degli atti giudiziari');
    const outcome = page.locator('.activity-outcome');
    expect(await outcome.innerText()).toContain('Non lavorabile da remoto');
    for (const label of [
      'Si svolge con strumenti e applicativi informatici accessibili da remoto',
      'Ha un risultato identificabile e misurabile, con tempi definiti e verificabili',
      'Non richiede la presenza fisica continuativa in sede',
      'Non richiede il contatto diretto con l’utente, o lo consente a distanza',
      'Le relazioni con colleghi, dirigenti e utenti funzionano altrettanto bene con strumenti digitali',
    ])
      await page.locator('label', { hasText: label }).click();
    expect(await outcome.innerText()).toContain('Lavorabile da remoto');
    await page.locator('label', { hasText: 'Uso esclusivo di documenti o archivi cartacei' }).click();
    expect(await outcome.innerText()).toContain('Non lavorabile da remoto');
    await page.locator('label', { hasText: 'Decidi in deroga alla lista di controllo' }).click();
    await page.getByLabel('Motivo della deroga').fill('Archivio digitalizzato nel 2026: la consultazione avviene dal fascicolo informatico.');
    expect(await outcome.innerText()).toContain('Lavorabile da remoto');
    await screenshot(page, 'k2-activity-form');
    await page.getByRole('button', { name: 'Aggiungi l’attività' }).click();
    await page.getByText('Attività «Notifiche degli atti giudiziari» salvata: Lavorabile da remoto.').waitFor();
    const row = table.getByRole('row', { name: /Notifiche degli atti giudiziari/ });
    expect(await row.innerText()).toContain('Decisione in deroga');

    // The yearly update starts from a copy of the mapping, once.
    await page.getByRole('button', { name: 'Copia la mappatura 2026 nel 2027' }).click();
    await page.getByRole('dialog', { name: 'Copiare la mappatura nel 2027?' }).getByRole('button', { name: 'Copia nel 2027' }).click();
    await page.getByText(/^Mappatura copiata nel 2027: \d+ attività e \d+ assegnazioni\.$/).waitFor();
    expect(await page.getByLabel('Anno', { exact: true }).inputValue()).toBe('2027');
    await row.waitFor();

    // A director maps the units of their directorate only, without the exception.
    const director = await h.newPage({ width: 390, height: 844 });
    await signIn(director, 'director03');
    await director.goto('/attivita');
    // The one directorate they head is chosen for them.
    const own = director.getByLabel('Direzione', { exact: true });
    await eventually(() => own.locator('option:checked').innerText()).toBe('D03 · Direzione Casa');
    expect(await own.locator('option').allInnerTexts()).toEqual(['Scegli la direzione', 'D03 · Direzione Casa']);
    await director.getByLabel('Unità organizzativa', { exact: true }).selectOption({ index: 1 });
    await director.getByRole('button', { name: 'Nuova attività' }).click();
    await director.getByText('Con queste risposte l’attività risulta:').waitFor();
    expect(await director.getByText('Decidi in deroga alla lista di controllo').count()).toBe(0);
    await screenshot(director, 'k3-catalogue-director-phone');
  });

  it('edits an employee’s activities, transfers them and reactivates the lapsed agreement', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const worker = await h.newPage();
    await signIn(worker, 'employee01b');
    const me = (await apiGet<{ user: { employeeId: string } }>(worker, '/api/v1/me')).body;

    await page.goto(`/dipendenti/${me.user.employeeId}`);
    const section = page.getByRole('region', { name: 'Attività e quota lavorabile da remoto' });
    await section.getByText('Contingente mensile proposto').waitFor();
    await section.getByRole('button', { name: 'Modifica le attività' }).click();
    // Two activities, 80% and 20%: raising the first to 90% goes over 100%, and the page says so at once.
    expect(await section.getByLabel('Quota di tempo 1 (%)').inputValue()).toBe('80');
    await section.getByLabel('Quota di tempo 1 (%)').fill('90');
    const total = section.locator('.share-total');
    await eventually(() => total.innerText()).toContain('Totale delle quote: 110% su 100% — supera il 100%');
    await screenshot(page, 'l1-employee-shares-over');
    await section.getByLabel('Quota di tempo 1 (%)').fill('70');
    await section.getByLabel('Quota di tempo 2 (%)').fill('30');
    await eventually(() => total.innerText()).toContain('Totale delle quote: 100% su 100%');
    expect(await total.innerText()).toContain('Quota lavorabile da remoto: 70% · contingente proposto: 7 giornate al mese');
    await section.getByRole('button', { name: 'Salva' }).click();
    await section.getByText('Attività salvate: quota lavorabile da remoto 70%, contingente proposto 7 giornate al mese.').waitFor();
    await screenshot(page, 'l2-employee-shares-saved');

    // Transfer to another directorate: the active agreement lapses (art. 9.3).
    const directorates = (await apiGet<Directorate[]>(page, '/api/v1/directorates')).body;
    const target = directorates.find((d) => d.code === 'D02')!;
    await page.getByRole('button', { name: 'Trasferisci' }).click();
    const transfer = page.getByRole('form', { name: 'Trasferimento' });
    await transfer.getByLabel('Direzione', { exact: true }).selectOption({ label: `D02 · ${target.name}` });
    await transfer.getByLabel('Unità organizzativa', { exact: true }).selectOption({ index: 1 });
    await transfer.getByLabel('Data del trasferimento').fill('2026-11-23');
    await screenshot(page, 'l3-transfer-form');
    await transfer.getByRole('button', { name: 'Registra il trasferimento' }).click();
    const outcome = page.locator('.transfer-outcome');
    await outcome.getByText('È decaduto 1 accordo (art. 9.3):').waitFor();
    await screenshot(page, 'l4-transfer-done');
    await outcome.getByRole('link', { name: 'Accordo decaduto 1' }).click();
    await page.locator('.agreement-summary', { hasText: 'Decaduto' }).waitFor();
    await page.getByText(/Decaduto dal 23\/11\/2026 per trasferimento ad altra Direzione/).waitFor();
    expect(await page.locator('.timeline').innerText()).toContain('Decadenza per trasferimento ad altra Direzione (art. 9.3)');
    const lapsedUrl = page.url();

    await page.getByRole('button', { name: 'Riattiva per il periodo residuo' }).click();
    await page.getByRole('dialog', { name: 'Riattivare l’accordo?' }).getByRole('button', { name: 'Riattiva', exact: true }).click();
    await page.waitForURL((url) => url.href !== lapsedUrl && url.pathname.startsWith('/accordi/'));
    await page.locator('.agreement-summary', { hasText: 'Bozza' }).waitFor();
    await page.getByRole('link', { name: 'Accordo precedente' }).waitFor();

    // HR completes the draft: an end date beyond art. 8.2 is refused, with the latest one offered.
    await page.getByRole('button', { name: 'Modifica la bozza' }).click();
    await page.getByLabel('Scadenza dell’accordo').fill('2031-01-01');
    await page.getByLabel('Altri elementi').fill('Rientro in sede il primo lunedì di ogni mese per la riunione di unità.');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.locator('#agreement-endDate-error').waitFor();
    expect(await page.locator('#agreement-endDate-error').innerText()).toMatch(/^L’accordo può durare al massimo fino al \d{4}-\d{2}-\d{2} \(art\. 8\.2\)$/);
    await page.getByText(/^La scadenza più lontana possibile è il \d{2}\/\d{2}\/\d{4}\./).waitFor();
    await screenshot(page, 'i6-agreement-edit-refused');
    await page.getByRole('button', { name: 'Usa questa data' }).click();
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Bozza dell’accordo salvata.').waitFor();
    await page.getByText('Rientro in sede il primo lunedì di ogni mese').waitFor();
    expect(await page.locator('.timeline').innerText()).toContain('Bozza modificata');
    await screenshot(page, 'i7-agreement-reactivated');
  });

  it('lets HR rewrite the annexes', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const adminMenu = page.getByRole('navigation', { name: 'Menu principale' });
    await adminMenu.getByRole('button', { name: 'Amministrazione' }).click();
    await adminMenu.getByRole('link', { name: 'Impostazioni' }).click();
    await page.getByRole('link', { name: 'Allegati all’accordo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Allegati all’accordo' }).waitFor();
    const annex = page.getByRole('region', { name: 'Allegato 1 — Sicurezza sul lavoro' });
    await annex.getByText('Testo predefinito').waitFor();
    await annex.getByLabel('Titolo').fill('Allegato 1 — Informativa sulla sicurezza nel lavoro agile (Comune di Milano)');
    await annex.getByRole('button', { name: 'Salva l’allegato 1' }).click();
    await annex.getByText('Allegato 1 salvato: vale per tutti gli accordi e i loro PDF.').waitFor();
    await annex.getByText('Testo dell’ente').waitFor();
    await screenshot(page, 'n1-annexes');
  });
});
