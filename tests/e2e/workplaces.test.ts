import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, apiSend, eventually, nameOf, screenshot, signIn, startHarness, type Harness } from './harness';

interface CalendarDay { date: string; workingDay: boolean; canRequest: boolean; request: { id: string; status: string } | null }
interface MyMonth { today: string; noticeDays: number; quota: { used: number; pending: number; remaining: number }; days: CalendarDay[] }
interface Site { id: string; name: string; municipality: string; kind: string; open: boolean | null; freeDesks: number | null; agileWorkPlace: boolean }
interface Booking { id: string; date: string; status: string; siteName: string; deskLabel: string }

const italianDay = (iso: string) => new Intl.DateTimeFormat('it-IT', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * Issue 6, "Done when": an employee with an approved agile day books a coworking desk; another
 * employee tries the same desk and is told it is taken; the first cancels the agile day and the
 * booking disappears (art. 15.4); a municipal desk is booked on an office day without touching the quota.
 */
describe('workplaces: booking a desk near home', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const month = async (page: Page, employeeId: string) => (await apiGet<MyMonth>(page, `/api/v1/employees/${employeeId}/calendar?month=2026-11`)).body;

  /** The employee asks for `date` and their manager approves it, through the API: the agile-days test covers those pages. */
  async function approvedAgileDay(worker: Page, manager: string, date: string) {
    const { employeeId } = await nameOf(worker);
    const asked = await apiSend<{ id: string }>(worker, 'POST', '/api/v1/agile-days', { employeeId, date, activities: 'Istruttoria delle pratiche in coworking' });
    expect(asked.status).toBe(201);
    const boss = await h.newPage();
    await signIn(boss, manager);
    expect((await apiSend(boss, 'POST', `/api/v1/agile-days/${asked.body.id}/approval`, { decision: 'approve' })).status).toBe(200);
    await boss.context().close();
    return asked.body.id;
  }

  /** Opens "Prenota una postazione" on that day near that municipality, coworking and companies only. */
  async function searchAgilePlaces(page: Page, date: string, near: string) {
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Postazioni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prenota una postazione' }).waitFor();
    await page.getByLabel('Giorno', { exact: true }).fill(date);
    await page.getByLabel('Vicino a').fill(near);
    await page.getByRole('button', { name: 'Cerca le sedi' }).click();
    await page.getByRole('heading', { name: `Sedi più vicine a ${near}` }).waitFor();
    await page.getByRole('button', { name: 'Coworking e aziende' }).click();
  }

  it('books a coworking desk on an approved agile day; a colleague is told it is taken; cancelling the day frees it', { timeout: 180_000 }, async () => {
    const first = await h.newPage();
    await signIn(first, 'employee01b');
    const second = await h.newPage();
    await signIn(second, 'employee02b');
    const a = await nameOf(first);
    const b = await nameOf(second);

    // A date both can still ask for (art. 10.1 notice) and a coworking space open on it with free desks.
    const [ma, mb] = [await month(first, a.employeeId), await month(second, b.employeeId)];
    const free = (m: MyMonth, d: string) => m.days.find((x) => x.date === d)?.canRequest === true;
    const booked = new Set<string>();
    for (const [page, who] of [[first, a], [second, b]] as const)
      for (const x of (await apiGet<Booking[]>(page, `/api/v1/bookings?employeeId=${who.employeeId}&from=${ma.today}`)).body) if (x.status !== 'cancelled') booked.add(x.date);
    const date = ma.days.map((d) => d.date).find((d) => d > ma.today && free(ma, d) && free(mb, d) && !booked.has(d))!;
    expect(date).toBeDefined();
    const sites = (await apiGet<Site[]>(first, `/api/v1/sites?kind=coworking&date=${date}`)).body;
    const coworking = sites.filter((s) => s.open && (s.freeDesks ?? 0) > 0).sort((x, y) => (y.freeDesks ?? 0) - (x.freeDesks ?? 0))[0]!;
    expect(coworking).toBeDefined();

    const dayOfA = await approvedAgileDay(first, 'manager01', date);
    await approvedAgileDay(second, 'manager02', date);

    // Both open the same site on the same day; the first free desk is chosen for both.
    await searchAgilePlaces(first, date, coworking.municipality);
    await first.getByText(/hai una giornata agile approvata/).waitFor();
    await first.getByRole('button', { name: `Prenota ${coworking.name}` }).click();
    const dialogA = first.getByRole('dialog');
    await dialogA.getByText(/È un luogo di lavoro agile/).waitFor();
    const desk = (await dialogA.getByRole('radio', { checked: true }).getAttribute('id'))!;

    await searchAgilePlaces(second, date, coworking.municipality);
    await second.getByRole('button', { name: `Prenota ${coworking.name}` }).click();
    const dialogB = second.getByRole('dialog');
    await dialogB.getByRole('radio', { checked: true }).waitFor();
    expect(await dialogB.getByRole('radio', { checked: true }).getAttribute('id')).toBe(desk);
    const deskLabel = /^Postazione [^\s·]+/.exec(await dialogB.locator(`label[for="${desk}"]`).innerText())![0];

    await dialogA.getByRole('button', { name: 'Conferma la prenotazione' }).click();
    await first.getByText(`${deskLabel} prenotata presso ${coworking.name} per ${italianDay(date)}.`).waitFor();
    const mine = first.getByRole('region', { name: 'Le mie prenotazioni' });
    await mine.getByRole('listitem').filter({ hasText: italianDay(date) }).getByRole('link', { name: coworking.name }).waitFor();
    await screenshot(first, 'workplaces-coworking-booked');

    await dialogB.getByRole('button', { name: 'Conferma la prenotazione' }).click();
    await dialogB.getByRole('alert').getByText('Qualcuno l’ha appena prenotata: scegline un’altra.').waitFor();
    await dialogB.getByRole('alert').getByText(/già prenotata/).waitFor();
    // The list is read again: the desk taken is no longer offered.
    await eventually(async () => dialogB.locator(`[id="${desk}"]`).count()).toBe(0);
    await screenshot(second, 'workplaces-desk-taken');
    await dialogB.getByRole('button', { name: 'Annulla' }).click();

    // The first cancels the agile day on "Il mio mese": the coworking booking goes with it (art. 15.4).
    await first.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Il mio mese' }).click();
    await first.getByRole('heading', { name: 'Novembre 2026' }).waitFor();
    await first.getByRole('button', { name: `Annulla la giornata di ${italianDay(date)}` }).first().click();
    await first.getByRole('dialog').getByRole('button', { name: 'Annulla la giornata' }).click();
    await first.getByText(`Giornata di ${italianDay(date)} annullata.`).waitFor();
    expect((await month(first, a.employeeId)).days.find((d) => d.date === date)?.request).toMatchObject({ id: dayOfA, status: 'cancelled' });

    await first.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Postazioni' }).click();
    const mineAfter = first.getByRole('region', { name: 'Le mie prenotazioni' });
    await mineAfter.locator('ul.my-bookings, p:has-text("Nessuna prenotazione")').first().waitFor();
    expect(await mineAfter.getByText(italianDay(date)).count()).toBe(0);
    const bookings = (await apiGet<Booking[]>(first, `/api/v1/bookings?employeeId=${a.employeeId}&from=${date}&to=${date}`)).body;
    expect(bookings.map((x) => x.status)).toEqual(['cancelled']);
    const inbox = (await apiGet<{ title: string }[]>(first, '/api/v1/notifications')).body;
    expect(inbox.map((n) => n.title)).toContain(`Prenotazione annullata: ${date.split('-').reverse().join('/')}`);
  });

  it('books a municipal desk on an office day without touching the quota of agile days (art. 15.4)', { timeout: 120_000 }, async () => {
    const page = await h.newPage({ width: 390, height: 844 });
    await signIn(page, 'employee03b');
    const me = await nameOf(page);
    const before = await month(page, me.employeeId);
    const officeDay = before.days.find((d) => d.date > before.today && d.workingDay && !d.request)!.date;

    await page.goto(`/postazioni?giorno=${officeDay}`);
    await page.getByRole('heading', { level: 1, name: 'Prenota una postazione' }).waitFor();
    await page.getByText(/è una giornata in presenza/).waitFor();
    await page.getByRole('button', { name: 'Sedi comunali' }).click();
    // The coworking spaces are filtered out; a municipal site is booked in two clicks.
    const results = page.getByRole('list', { name: 'Sedi', exact: true });
    const firstSite = results.getByRole('listitem').first();
    const siteName = await firstSite.getByRole('heading').innerText();
    await firstSite.getByRole('button', { name: `Prenota ${siteName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/È una sede dell’ente: lavori in presenza/).waitFor();
    await dialog.getByRole('button', { name: 'Conferma la prenotazione' }).click();
    await page.getByText(new RegExp(`prenotata presso ${siteName.replace(/[()]/g, '.')} per ${italianDay(officeDay)}`)).waitFor();
    await screenshot(page, 'workplaces-municipal-phone');

    const after = await month(page, me.employeeId);
    expect(after.quota).toEqual(before.quota);
    expect(after.days.find((d) => d.date === officeDay)?.request).toBeNull();
    const booked = (await apiGet<Booking[]>(page, `/api/v1/bookings?employeeId=${me.employeeId}&from=${officeDay}&to=${officeDay}`)).body;
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ status: 'booked', siteName });
  });
});
