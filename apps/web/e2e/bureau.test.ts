import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { apiAs } from './apiSetup';
import {
  expectAccessible,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
} from './browser';
import {
  aCancelledSessionWithABooking,
  aScarceMasterclass,
  classOf,
  localInput,
} from './bureauSetup';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function bureauPage(width = 1280): Promise<Page> {
  const context = await newContext(browser, webUrl, { width });
  const page = await context.newPage();
  await logIn(page, 'medewerker@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await visit(page, '/bureau/organisaties');
  return page;
}

test('when a company cancels a booked session, then the bureau moves the booking to a suggested session in a few clicks at 375 px', async () => {
  const title = 'Werkplaatsdag die uitvalt';
  const { targetSessionId, bookingId } = await aCancelledSessionWithABooking(apiUrl, title);
  const page = await bureauPage(375);

  await visit(page, '/bureau/conflicten');
  await expect(page.getByTestId('open-conflicts').textContent()).resolves.toMatch(/\d/);
  const row = page.locator(`tr[data-offer="${title}"]`);
  await row.getByRole('link', { name: 'Sessie geannuleerd met boekingen' }).click();
  await page.waitForURL('**/bureau/conflicten/*');
  await expectAccessible(page);

  const move = page.locator('form[data-move-for="3KB-PIE"]');
  await expect(move.getByLabel('Reden').inputValue()).resolves.not.toBe('');
  await move.locator(`button[value="${targetSessionId}"]`).click();
  await page.getByRole('status').getByText('De boeking is verplaatst.').waitFor();
  // The move is logged on the conflict; closing it is the bureau's own, confirmed step.
  await page.locator('summary', { hasText: 'Oplossen' }).click();
  // The question is asked in words, and solving is not styled as a destructive step.
  await page.getByText('Conflict als opgelost sluiten?').waitFor();
  await expect(page.locator('body').textContent()).resolves.not.toContain('conflict.');
  expect(
    (await page.getByRole('button', { name: 'Oplossen' }).getAttribute('class')) ?? '',
  ).not.toContain('danger');
  await page.getByLabel('Notitie').first().fill('Klas verplaatst naar de volgende dag');
  await page.getByRole('button', { name: 'Oplossen' }).click();
  await page.getByRole('status').getByText('Het conflict is gesloten.').waitFor();
  await expect(page.getByTestId('conflict-status').textContent()).resolves.toContain('Opgelost');
  await expect(page.locator('tr[data-booking="3KB-PIE"]').textContent()).resolves.toContain(
    'Verplaatst',
  );
  await saveScreenshot(page, 'bureau-conflict-moved-375');

  // The booking's history link shows the cancellation by the move, with its reason.
  await page.locator('tr[data-booking="3KB-PIE"] a.history').last().click();
  await page.waitForURL(`**/bureau/audit?entity=booking&entityId=${bookingId}`);
  await expect(page.locator('main').textContent()).resolves.toContain('verplaatst');
  await page.context().close();
});

test('when an oversubscribed masterclass goes through an allocation round, then the bureau runs and publishes it and a school sees why its class got its second choice', async () => {
  const title = 'Masterclass robotlassen';
  const { offerId, sessionIds } = await aScarceMasterclass(apiUrl, title);
  const page = await bureauPage();

  // Bureau: create the round over both sessions, with a request window of half a minute.
  await visit(page, `/bureau/toewijzingsrondes?aanbod=${offerId}`);
  await page.getByLabel('Naam van de ronde').fill('Robotlassen voorjaar');
  await page.getByLabel('Venster opent').fill(localInput(new Date(Date.now() - 60_000)));
  const closesAt = new Date(Date.now() + 30_000);
  await page.getByLabel('Venster sluit').fill(localInput(closesAt));
  await page.getByRole('button', { name: 'Ronde openen' }).click();
  await page.waitForURL(/\/bureau\/toewijzingsrondes\/[0-9a-f-]{36}$/);
  const roundId = page.url().split('/').pop()!;
  await expect(page.getByTestId('round-status').textContent()).resolves.toContain(
    'Open voor aanvragen',
  );
  const seedHash = (await page.getByTestId('seed-hash').textContent())!.trim();
  expect(seedHash).toMatch(/^[0-9a-f]{64}$/);

  // Schools request during the window (64 seats wanted, 60 offered), both sessions ranked.
  const requests = [
    ['coordinator@nassau.demo.nl', '3BWI-a'],
    ['coordinator@vangogh.demo.nl', '4T2'],
    ['coordinator@csgbeilen.demo.nl', '3KB-PIE'],
  ] as const;
  for (const [email, className] of requests) {
    const { school, classId, size } = await classOf(apiUrl, email, className);
    await school.call('POST', `/allocation-rounds/${roundId}/requests`, {
      classId,
      seats: size,
      preferences: sessionIds,
    });
  }
  const bureau = await apiAs(apiUrl, 'medewerker@demo.stagebureau.nl');
  // Wait for the window to close (the API decides, by its clock).
  for (;;) {
    const round = await bureau.call<{ status: string }>('GET', `/allocation-rounds/${roundId}`);
    if (round.status === 'closed') break;
    await new Promise((done) => setTimeout(done, 1000));
  }

  await visit(page, `/bureau/toewijzingsrondes/${roundId}`);
  await page.getByRole('button', { name: 'Loting uitvoeren' }).click();
  await page.getByTestId('fairness-totals').waitFor();
  await expect(page.getByTestId('seed').textContent()).resolves.toMatch(/^[0-9a-f]+$/);
  await expect(page.getByTestId('fairness-totals').textContent()).resolves.toContain('64');
  await expectAccessible(page);
  await page.locator('summary', { hasText: 'Verdeling publiceren' }).click();
  await page.getByRole('button', { name: 'Verdeling publiceren' }).click();
  await page
    .getByRole('status')
    .getByText(/Gepubliceerd: \d boeking/)
    .waitFor();
  await expect(page.getByTestId('round-status').textContent()).resolves.toContain('Gepubliceerd');
  await saveScreenshot(page, 'bureau-round-published');

  // Exactly one of the first two picks cannot fit in the first session: it got preference 2.
  const result = await bureau.call<{
    placements: { schoolId: string; classId: string; preferenceRank: number | null }[];
  }>('GET', `/allocation-rounds/${roundId}/result`);
  const second = result.placements.find((placement) => placement.preferenceRank === 2);
  expect(second).toBeDefined();
  let asked: (typeof requests)[number] | undefined;
  for (const request of requests) {
    const { classId } = await classOf(apiUrl, request[0], request[1]);
    if (classId === second!.classId) asked = request;
  }

  // The school, without JavaScript, reads why.
  const schoolContext = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const schoolPage = await schoolContext.newPage();
  await logIn(schoolPage, asked![0]);
  await schoolPage.waitForURL('**/school');
  await visit(schoolPage, '/school/toewijzingsrondes');
  await schoolPage.getByRole('link', { name: 'Robotlassen voorjaar' }).click();
  const card = schoolPage.locator(`article[data-class="${asked![1]}"]`);
  await expect(card.getByTestId('explanation').textContent()).resolves.toContain(
    'Geplaatst in voorkeur 2',
  );
  await expect(schoolPage.locator('main').textContent()).resolves.toContain(`printf %s`);
  await expectAccessible(schoolPage);
  await saveScreenshot(schoolPage, 'school-round-explained');
  await schoolContext.close();

  // The audit trail shows the round, its draw, the publication and the moved booking.
  await visit(page, `/bureau/audit?entity=allocation_round&entityId=${roundId}`);
  const actions = await page
    .locator('tr[data-audit-action]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-audit-action')));
  expect(actions.length).toBeGreaterThanOrEqual(3);
  await visit(page, '/bureau/audit');
  const all = await page
    .locator('tr[data-audit-action]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-audit-action')));
  expect(all.some((action) => action?.startsWith('conflict.'))).toBe(true);
  expect(all.some((action) => action?.startsWith('allocation_round.'))).toBe(true);
  expect(all.some((action) => action?.startsWith('booking.'))).toBe(true);
  // In words, with who did it: no event codes in sight.
  const trail = (await page.locator('main table').textContent()) ?? '';
  expect(trail).toContain('Toewijzingsronde · gepubliceerd');
  expect(trail).not.toMatch(/allocation_round\.|booking\.booking/);
  await expectAccessible(page);
  await saveScreenshot(page, 'bureau-audit-trail');
  await page.context().close();
}, 180_000);
