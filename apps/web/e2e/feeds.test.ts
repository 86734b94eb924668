import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
  followMenuLink,
} from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The VEVENT summaries of a calendar, parsed by ical.js (an independent parser). */
function summariesOf(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  return calendar
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('summary')));
}

async function subscribe(page: Page, target: string): Promise<string> {
  await page.getByLabel('Agenda van').selectOption({ label: target });
  await page.getByRole('button', { name: 'Abonnement maken' }).click();
  const field = page.getByTestId('issued-feed').getByLabel('Abonnementslink');
  await field.waitFor();
  return field.inputValue();
}

test('when a school subscribes to its feed, then the URL serves a valid calendar, and rotating or revoking ends the old URL (journey 3)', async () => {
  const context = await newContext(browser, webUrl, { width: 375 });
  const page = await context.newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, '/school/agenda');

  const url = await subscribe(page, 'Hele school: Dr. Nassau College Quintusschool');
  await page.getByText('Bewaar deze link').waitFor();
  await expect(page.getByRole('button', { name: 'Link kopiëren' }).isVisible()).resolves.toBe(true);
  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toContain('text/calendar');
  // The demo data confirms Nassau's 3BWI-a on the building-site tour.
  expect(summariesOf(await feed.text()).join('\n')).toContain('Kijkje op de bouwplaats');
  await expectAccessible(page);
  await saveScreenshot(page, 'feeds-subscribed-375');

  const card = page.locator('[data-feed-id]').first();
  await card.locator('summary', { hasText: 'Link vernieuwen' }).click();
  await card.getByRole('button', { name: 'Link vernieuwen' }).click();
  await page.getByRole('status').getByText('De link is vernieuwd.').waitFor();
  const rotated = await page.getByTestId('issued-feed').getByLabel('Abonnementslink').inputValue();
  expect(rotated).not.toBe(url);
  expect((await fetch(url)).status).toBe(404);
  expect((await fetch(rotated)).status).toBe(200);

  const rotatedCard = page.locator('[data-feed-id]').first();
  await rotatedCard.locator('summary', { hasText: 'Opzeggen' }).click();
  await rotatedCard.getByRole('button', { name: 'Opzeggen' }).click();
  await page.getByRole('status').getByText('Het abonnement is opgezegd.').waitFor();
  expect((await fetch(rotated)).status).toBe(404);
  await context.close();
});

test('when a school subscribes to a class without JavaScript, then the link is shown in a read-only field', async () => {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, '/school/agenda');
  const url = await subscribe(page, 'Klas 3BWI-a');
  const field = page.getByTestId('issued-feed').getByLabel('Abonnementslink');
  await expect(field.getAttribute('readonly')).resolves.not.toBeNull();
  await expect(page.getByRole('button', { name: 'Link kopiëren' }).count()).resolves.toBe(0);
  expect(summariesOf(await (await fetch(url)).text()).length).toBeGreaterThan(0);
  await expectAccessible(page);
  await saveScreenshot(page, 'feeds-class-nojs');
  await context.close();
});

test('when a school adds one booking to its calendar, then the web app serves it as a single-event .ics', async () => {
  const context = await newContext(browser, webUrl);
  const page = await context.newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, '/school/boekingen');
  const link = page.getByRole('link', { name: /Zet Kijkje op de bouwplaats in mijn agenda/ });
  const href = await link.first().getAttribute('href');
  expect(href).toMatch(/^\/boekingen\/[0-9a-f-]{36}\.ics$/);
  const answer = await page.request.get(href!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('text/calendar');
  expect(summariesOf(await answer.text())).toEqual([
    expect.stringContaining('Kijkje op de bouwplaats'),
  ]);
  // Without the session cookie the same address asks for a login instead.
  const anonymous = await fetch(new URL(href!, webUrl), { redirect: 'manual' });
  expect(anonymous.status).toBe(303);
  await context.close();
});

test('when the bureau subscribes to the region feed on a phone, then the URL serves every offer of the region', async () => {
  const context = await newContext(browser, webUrl, { width: 375 });
  const page = await context.newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await followMenuLink(page, 'Agenda-abonnementen');
  await page.waitForURL('**/bureau/agenda');

  const url = await subscribe(page, 'Regio: Regio Assen-Beilen');
  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  const summaries = summariesOf(await feed.text()).join('\n');
  // Two companies' offers: the region's calendar is not one organisation's.
  expect(summaries).toContain('Kijkje op de bouwplaats');
  expect(summaries).toContain('Masterclass race-engineering');
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await context.close();
});
