import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { anOnRequestOffer, aPublishedOfferWithSession, apiAs, localDate } from './apiSetup';
import {
  expectAccessible,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
} from './browser';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const amsterdamDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(instant);

test('when a visitor browses the year calendar without JavaScript, then a month lists sessions with free seats and links the public .ics', async () => {
  const title = 'Open dag in de werkplaats';
  const { startsAt } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 24,
    daysAhead: 75,
  });
  // The session's own day in Amsterdam: near midnight UTC "now + 75 days" is another date there.
  const day = amsterdamDate(startsAt);
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  // From this month on (without a month the calendar opens on the next month with sessions).
  await visit(page, `/jaarkalender?maand=${amsterdamDate(new Date()).slice(0, 7)}`);
  await page.getByRole('heading', { level: 1, name: 'Jaarkalender' }).waitFor();

  // Walk forward with the month links until the session's month shows.
  for (let step = 0; step < 4; step++) {
    if ((await page.locator(`li[data-date="${day}"]`).count()) > 0) break;
    await page.getByRole('link', { name: /Volgende maand/ }).click();
    await page.waitForURL(/maand=/);
  }
  const cell = page.locator(`li[data-date="${day}"]`);
  await expect(cell.textContent()).resolves.toContain(title);
  await expect(cell.textContent()).resolves.toContain('24 vrij');
  await expectAccessible(page);
  await saveScreenshot(page, 'year-calendar-375-nojs');

  const ics = await page
    .getByRole('link', { name: /Jaarkalender in je eigen agenda/ })
    .getAttribute('href');
  expect(ics).toBe(`${apiUrl}/ical/public/assen-beilen.ics`);
  const calendar = new ICAL.Component(ICAL.parse(await (await fetch(ics!)).text()));
  const summaries = calendar
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('summary')));
  expect(summaries.some((summary) => summary.includes(title))).toBe(true);
  await context.close();
});

test('when a company changes a session and then reads its inbox, then the session moves and all messages can be marked read', async () => {
  const title = 'Sessie die verschuift';
  const { sessionId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 20,
    daysAhead: 90,
  });
  const context = await newContext(browser, webUrl);
  const page = await context.newPage();
  await logIn(page, 'hr@vanderveen.demo.nl');
  await page.waitForURL('**/bedrijf');
  await visit(page, `/bedrijf/sessies?sessie=${sessionId}`);
  const card = page.locator(`[data-session-id="${sessionId}"]`);
  await card.locator('summary', { hasText: 'Sessie wijzigen' }).click();
  await card.getByLabel('Plaatsen').fill('26');
  await card.getByLabel('Begintijd').fill('15:00');
  await card.getByLabel('Eindtijd').fill('17:00');
  await card.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await page.getByRole('status').getByText('De sessie is gewijzigd.').waitFor();
  await expect(card.textContent()).resolves.toContain('0 van 26 plaatsen geboekt');
  await expect(card.textContent()).resolves.toContain('15:00–17:00');
  await expectAccessible(page);
  await saveScreenshot(page, 'company-session-changed');

  // A school's proposal lands in the company's inbox as an unread message.
  const offerId = await anOnRequestOffer(apiUrl, 'Gastles voor de inbox');
  const school = await apiAs(apiUrl, 'coordinator@csgbeilen.demo.nl');
  const me = await school.call<{ organisation: { id: string } }>('GET', '/me');
  const classes = await school.call<{ items: { id: string }[] }>(
    'GET',
    `/schools/${me.organisation.id}/classes`,
  );
  const day = localDate(180);
  await school.call('POST', `/offers/${offerId}/proposals`, {
    classId: classes.items[0]!.id,
    options: [{ startsAt: `${day}T12:00:00Z`, endsAt: `${day}T13:00:00Z` }],
  });
  await visit(page, '/inbox');
  await page.getByTestId('unread-count').waitFor();
  const message = page.locator('[data-inbox-id]', { hasText: 'Nieuwe aanvraag ontvangen' });
  await expect(message.count()).resolves.toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
  await page
    .getByRole('status')
    .getByText(/als gelezen gemarkeerd/)
    .waitFor();
  await expect(page.getByTestId('unread-count').count()).resolves.toBe(0);
  await expect(page.locator('[data-inbox-id].unread').count()).resolves.toBe(0);
  await page.getByLabel('Sessie gewijzigd').uncheck();
  await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
  await page.getByRole('status').getByText('Je voorkeuren zijn opgeslagen.').waitFor();
  await visit(page, '/inbox');
  await expect(page.getByLabel('Sessie gewijzigd').isChecked()).resolves.toBe(false);
  await expectAccessible(page);
  await saveScreenshot(page, 'inbox');
  await context.close();
});
