import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EmployeePage, Unit } from '../../web/src/api/types';
import { apiGet, eventually, screenshot, signIn, startHarness, type Harness } from './harness';

const HEADER = 'matricola;nome;cognome;email;codice_unita;ruolo;tipo_contratto;inizio_contratto;fine_contratto;fine_prova;orario;percentuale_pt;giorni_lavorativi;mesi_tempo_pieno;comune_residenza;km_casa_lavoro;mezzo';

function csv(unitCode: string, secondStart: string): string {
  return [
    HEADER,
    `E2E0001;Lucia;Brambilla;lucia.brambilla@example.it;${unitCode};dipendente;indeterminato;2020-02-01;;;tempo_pieno;;;;Milano;4,5;metro`,
    `E2E0002;Carlo;Colombo;carlo.colombo@example.it;${unitCode};dipendente;determinato;${secondStart};2027-12-31;;pt_orizzontale;60;;;Monza;18;treno`,
  ].join('\n');
}

async function employeeTotal(page: Page): Promise<number> {
  return (await apiGet<EmployeePage>(page, '/api/v1/employees?pageSize=1')).body.total;
}

/** Drops a file on the drop zone as a mouse user would drag it from the desktop. */
async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/csv' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('[data-testid="drop-zone"]', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: transfer });
}

/** Journey (c): a CSV with one bad row is refused whole, with the row's Italian error; a good one imports. */
describe('importing employees from a CSV file', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the error of the bad row and imports nothing, then imports the corrected file', async () => {
    const page = await h.newPage();
    await signIn(page, 'hr');
    const before = await employeeTotal(page);
    const unitCode = (await apiGet<Unit[]>(page, '/api/v1/units')).body[0]!.code;

    const menu = page.getByRole('navigation', { name: 'Menu principale' });
    await menu.getByRole('button', { name: 'Amministrazione' }).click();
    await menu.getByRole('link', { name: 'Importazione' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importazione dei dipendenti' }).waitFor();
    expect(await page.getByRole('button', { name: 'Importa', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'c1-import-empty');

    // The keyboard path: the ordinary file input.
    await page.getByLabel('Scegli il file CSV').setInputFiles({ name: 'dipendenti.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(unitCode, '31/02/2026')) });
    await page.getByText('File scelto: dipendenti.csv').waitFor();
    await page.getByRole('button', { name: 'Importa', exact: true }).click();

    const report = page.locator('section[aria-labelledby="import-outcome-title"]');
    await report.getByRole('alert').waitFor();
    expect(await report.getByRole('alert').innerText()).toMatch(/nessun dipendente è stato importato/i);
    const rows = report.locator('tbody tr');
    await eventually(() => rows.count()).toBe(1);
    const [row, column, error] = await rows.first().locator('th, td').allInnerTexts();
    expect(row).toBe('3');
    expect(column).toBe('inizio_contratto');
    expect(error).toBe('Data non valida: "31/02/2026" (usa AAAA-MM-GG o GG/MM/AAAA)');
    expect(await report.locator('thead').innerText()).toMatch(/Riga\s+Colonna\s+Errore/);
    await screenshot(page, 'c2-import-refused');

    expect(await employeeTotal(page)).toBe(before);
    expect((await apiGet<EmployeePage>(page, '/api/v1/employees?q=E2E0001')).body.total).toBe(0);

    // The mouse path: drop the corrected file, check it, then import it.
    await dropFile(page, 'dipendenti-corretto.csv', csv(unitCode, '2026-01-15'));
    await page.getByText('File scelto: dipendenti-corretto.csv').waitFor();
    await page.getByRole('button', { name: 'Verifica' }).click();
    await report.getByText('Verifica completata: il file è corretto.').waitFor();
    expect(await employeeTotal(page)).toBe(before);
    await screenshot(page, 'c3-import-checked');

    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    await report.getByText('Importazione completata.').waitFor();
    expect(await report.innerText()).toContain('Dipendenti inseriti: 2; aggiornati: 0.');
    expect(await employeeTotal(page)).toBe(before + 2);
    await screenshot(page, 'c4-import-done');

    // The list shows the new total too.
    await page.goto('/dipendenti');
    await eventually(() => page.locator('.result-count').innerText()).toContain(`${before + 2} dipendenti trovati`);
  });
});
