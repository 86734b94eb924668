import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
} from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

test('when a company creates and publishes an offer with a weekly series, then it appears in the public catalogue with its sessions', async () => {
  const context = await newContext(browser, webUrl);
  const page = await context.newPage();
  await logIn(page, 'hr@vanderveen.demo.nl');
  await page.waitForURL('**/bedrijf');

  await visit(page, '/bedrijf/aanbod/nieuw');
  await page.getByLabel('Soort', { exact: true }).selectOption('workshop');
  await page.getByLabel('Titel', { exact: true }).fill('Workshop solderen voor beginners');
  await page.getByLabel('Omschrijving').fill('Leerlingen solderen hun eigen knipperlicht.');
  await page.getByRole('checkbox', { name: 'vmbo-kb' }).check();
  await page.getByLabel('Straat en huisnummer').fill('Industrieweg 1');
  await page.getByLabel('Postcode').fill('9401aa');
  await page.getByLabel('Plaats', { exact: true }).fill('Assen');
  await page.getByLabel('Plaatsen per sessie').fill('24');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/bedrijf\/aanbod\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('offer-status').textContent()).resolves.toContain('Concept');

  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByTestId('offer-status').getByText('Gepubliceerd').waitFor();

  // A series on Tuesdays and Thursdays, four sessions, starting next month.
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + 40);
  await page.getByLabel('Eerste datum').fill(isoDate(start));
  await page.getByLabel('Of: aantal sessies').fill('4');
  await page.getByRole('checkbox', { name: 'di' }).check();
  await page.getByRole('checkbox', { name: 'do' }).check();
  await page.locator('#series-start-time').fill('09:00');
  await page.locator('#series-end-time').fill('11:30');
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const preview = page.getByTestId('series-preview');
  await preview.waitFor();
  expect(await preview.locator('li').count()).toBe(4);
  await expect(preview.textContent()).resolves.toContain('09:00–11:30');

  await page.getByRole('button', { name: 'Sessies aanmaken' }).click();
  await page.getByRole('status').getByText('4 sessies toegevoegd.').waitFor();
  expect(await page.locator('tr[data-session-id]').count()).toBe(4);
  await expectAccessible(page);
  await saveScreenshot(page, 'offer-series-created');
  await context.close();

  const visitor = await newContext(browser, webUrl, { width: 375 });
  const visitorPage = await visitor.newPage();
  await visit(visitorPage, '/catalogus?q=solderen');
  await visitorPage.getByRole('link', { name: 'Workshop solderen voor beginners' }).click();
  await visitorPage.waitForURL(/\/catalogus\/[0-9a-f-]{36}$/);
  const sessions = visitorPage.locator('tr[data-session-id]');
  await sessions.first().waitFor();
  expect(await sessions.count()).toBe(4);
  await expect(sessions.first().textContent()).resolves.toContain('24 van 24 plaatsen vrij');
  await expectAccessible(visitorPage);
  await saveScreenshot(visitorPage, 'offer-public-detail-375');
  await visitor.close();
});
