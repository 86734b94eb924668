import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession } from './apiSetup';
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

async function bookClass(page: Page, offerId: string, className: string) {
  await visit(page, `/catalogus/${offerId}`);
  const classSelect = page.getByLabel('Klas', { exact: true });
  const option = classSelect.locator('option', { hasText: className });
  await classSelect.selectOption(await option.getAttribute('value'));
  await page.getByRole('button', { name: 'Boeken' }).click();
  const refused = page.getByTestId('booking-problem');
  await Promise.race([page.waitForURL('**/school/boekingen'), refused.waitFor()]);
  if (await refused.isVisible()) throw new Error(`booking refused: ${await refused.textContent()}`);
}

const rowOf = (page: Page, offerTitle: string) =>
  page.locator('tr', { has: page.getByRole('link', { name: offerTitle }) });

test('when a school books without JavaScript, then the booking is confirmed and listed', async () => {
  const title = 'Rondleiding zonder script';
  const { offerId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 30,
    daysAhead: 161,
  });
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');

  await bookClass(page, offerId, '3BWI-a');
  await page.waitForURL('**/school/boekingen');
  await expect(page.getByRole('status').textContent()).resolves.toContain('Geboekt');
  await expect(rowOf(page, title).textContent()).resolves.toContain('Bevestigd');
  await expectAccessible(page);
  await saveScreenshot(page, 'booking-nojs');
  await context.close();
});

test('when two schools book the last seats, then the second waits and is confirmed once the first cancels', async () => {
  const title = 'Werkplaats voor twee scholen';
  // 30 seats: Nassau's 3BWI-a (22) fits, Van Gogh's 3T1 (28) then has to wait. Another day than
  // the other journey's session, or the class would (rightly) be busy.
  const { offerId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 30,
    daysAhead: 163,
  });

  const first = await newContext(browser, webUrl);
  const firstPage = await first.newPage();
  await logIn(firstPage, 'coordinator@nassau.demo.nl');
  await firstPage.waitForURL('**/school');
  await bookClass(firstPage, offerId, '3BWI-a');
  await firstPage.waitForURL('**/school/boekingen');
  await expect(rowOf(firstPage, title).textContent()).resolves.toContain('Bevestigd');

  const second = await newContext(browser, webUrl);
  const secondPage = await second.newPage();
  await logIn(secondPage, 'coordinator@vangogh.demo.nl');
  await secondPage.waitForURL('**/school');
  await bookClass(secondPage, offerId, '3T1');
  await secondPage.waitForURL('**/school/boekingen');
  await expect(secondPage.getByRole('status').textContent()).resolves.toContain('wachtlijst');
  await expect(rowOf(secondPage, title).textContent()).resolves.toContain('Op de wachtlijst');

  const row = rowOf(firstPage, title);
  await row.locator('summary', { hasText: 'Annuleren' }).click();
  await row.getByLabel('Reden').fill('Bus valt uit');
  await row.getByRole('button', { name: 'Annuleren' }).click();
  await rowOf(firstPage, title).locator('[data-status="cancelled"]').waitFor();
  await firstPage.getByRole('status').getByText('De boeking is geannuleerd.').waitFor();

  await visit(secondPage, '/school/boekingen');
  await expect(rowOf(secondPage, title).textContent()).resolves.toContain('Bevestigd');
  await expectAccessible(secondPage);
  await saveScreenshot(secondPage, 'booking-waitlist-promoted');
  await first.close();
  await second.close();
});
