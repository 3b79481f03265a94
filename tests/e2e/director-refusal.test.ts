import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmployeeActivities } from '../../web/src/api/types';
import { apiGet, apiSend, eventually, nameOf, screenshot, signIn, startHarness, type Harness } from './harness';

/**
 * Art. 6.2–6.3: the manager gives an opinion, the director refuses; a refusal without a reason is
 * refused by the API and the Italian reason shows beside the field; the employee reads the reason.
 */
describe('a director refuses an application', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('needs a reason, shown next to the field, and tells the employee', async () => {
    const worker = await h.newPage();
    await signIn(worker, 'employee02a');
    const employee = await nameOf(worker);
    const mapping = (await apiGet<EmployeeActivities>(worker, `/api/v1/employees/${employee.employeeId}/activities`)).body;
    const remotable = mapping.items.filter((i) => i.remotable).map((i) => i.activityId);
    const applied = await apiSend(worker, 'POST', '/api/v1/applications', {
      employeeId: employee.employeeId,
      activityIds: remotable,
      plan: 'Istruttoria delle pratiche da remoto.',
      requestedDaysPerMonth: 10,
      objectives: [{ description: 'Istruttoria delle pratiche', indicator: 'pratiche chiuse', target: '20 al mese' }],
    });
    expect(applied.status).toBe(201);

    // The manager of the unit gives an unfavourable opinion.
    const manager = await h.newPage();
    await signIn(manager, 'manager02');
    await manager.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Richieste' }).click();
    const card = manager.getByRole('article', { name: employee.name });
    await card.getByRole('button', { name: 'Esprimi il parere' }).click();
    const opinion = manager.getByRole('dialog', { name: `Parere sulla richiesta di ${employee.name}` });
    await opinion.locator('label', { hasText: 'Non favorevole' }).click();
    expect(await opinion.getByLabel('Non favorevole').isChecked()).toBe(true);
    await opinion.getByLabel('Note per il Direttore (facoltative)').fill('Nel trimestre l’ufficio ha scadenze di bilancio che richiedono presenza.');
    await opinion.getByRole('button', { name: 'Invia il parere' }).click();
    await manager.getByText(`Parere sulla richiesta di ${employee.name} registrato.`).waitFor();
    await card.getByText('Non favorevole — Nel trimestre').waitFor();
    expect(await card.getByRole('button', { name: /Approva/ }).count()).toBe(0);

    // The director refuses: first without a reason.
    const director = await h.newPage();
    await signIn(director, 'director02');
    await director.goto('/richieste');
    const directorCard = director.getByRole('article', { name: employee.name });
    await directorCard.getByText('Non favorevole').waitFor();
    const refuseButton = directorCard.getByRole('button', { name: `Respingi la richiesta di ${employee.name}` });
    const refuse = director.getByRole('dialog', { name: `Respingi la richiesta di ${employee.name}` });
    // The dialog takes the focus, Escape closes it and the focus goes back to the button that opened it.
    await refuseButton.click();
    await eventually(() => refuse.getByLabel('Motivo del diniego').evaluate((el) => el === document.activeElement)).toBe(true);
    await director.keyboard.press('Escape');
    await refuse.waitFor({ state: 'detached' });
    expect(await refuseButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await director.keyboard.press('Enter');
    await refuse.getByRole('button', { name: 'Respingi la richiesta' }).click();
    const error = refuse.locator('#refuse-reason-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('Il diniego deve essere motivato (art. 6.3)');
    const reason = refuse.getByLabel('Motivo del diniego');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toContain('refuse-reason-error');
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await refuse.getByRole('alert').count()).toBe(0);
    await screenshot(director, 'h3-refusal-needs-reason');

    await reason.fill('Le attività indicate richiedono la presenza in ufficio nel periodo di chiusura del bilancio.');
    await refuse.getByRole('button', { name: 'Respingi la richiesta' }).click();
    await director.getByText(`Richiesta di ${employee.name} respinta.`).waitFor();
    await director.getByRole('button', { name: /^Respinte/ }).click();
    await directorCard.getByText('Respinta il 23/11/2026. Motivo: Le attività indicate').waitFor();
    await screenshot(director, 'h4-refused');

    // The employee reads the decision and its reason.
    await worker.goto('/lavoro-agile');
    await worker.getByRole('heading', { level: 1, name: 'Il mio lavoro agile' }).waitFor();
    await worker.getByText('Respinta. Motivo: Le attività indicate richiedono la presenza').waitFor();
    const phone = await h.newPage({ width: 390, height: 844 });
    await signIn(phone, 'employee02a');
    await phone.goto('/lavoro-agile');
    await phone.getByText('Respinta. Motivo:').waitFor();
    await screenshot(phone, 'g3-my-agile-work-phone');
  });
});
