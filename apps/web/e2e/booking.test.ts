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

async function bookClass(page: Page, offerId: string, className: string, note = '') {
  await visit(page, `/catalogus/${offerId}`);
  const classSelect = page.getByLabel('Klas', { exact: true });
  const option = classSelect.locator('option', { hasText: className });
  await classSelect.selectOption(await option.getAttribute('value'));
  if (note) await page.getByLabel('Opmerking voor het bedrijf').fill(note);
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
  // Second thoughts first: "Terug" closes the question and nothing is cancelled.
  await row.locator('summary', { hasText: 'Annuleren' }).click();
  await row.getByRole('link', { name: 'Terug' }).click();
  await expect(row.getByLabel('Reden').isVisible()).resolves.toBe(false);
  await row.locator('summary', { hasText: 'Annuleren' }).click();
  await row.getByLabel('Reden').fill('Bus valt uit');
  await row.getByRole('button', { name: 'Ja, boeking annuleren' }).click();
  await rowOf(firstPage, title).locator('[data-status="cancelled"]').waitFor();
  await firstPage.getByRole('status').getByText('De boeking is geannuleerd.').waitFor();

  await visit(secondPage, '/school/boekingen');
  await expect(rowOf(secondPage, title).textContent()).resolves.toContain('Bevestigd');
  // Each status has its own colour as well as its word.
  const colourOf = (page: typeof firstPage, status: string) =>
    rowOf(page, title)
      .locator(`.badge[data-status="${status}"]`)
      .evaluate((badge) => getComputedStyle(badge).backgroundColor);
  const confirmed = await colourOf(secondPage, 'confirmed');
  const cancelled = await colourOf(firstPage, 'cancelled');
  expect(new Set([confirmed, cancelled, 'rgb(243, 245, 248)']).size).toBe(3);
  await expectAccessible(secondPage);
  await saveScreenshot(secondPage, 'booking-waitlist-promoted');
  await first.close();
  await second.close();
});

/** A logged-in page without JavaScript (forms must work without it). */
async function loggedIn(email: string, landing: string) {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, email);
  await page.waitForURL(`**${landing}`);
  return { context, page };
}

test('when a school books an offer that needs approval with a note, then the company is asked in its inbox, reads the note at the session and approves', async () => {
  const title = 'Lasdemo op aanvraag';
  const note = 'Twee leerlingen komen met een rolstoel; is er een lift?';
  const { offerId, sessionId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 30,
    daysAhead: 167,
    requiresApproval: true,
  });
  const school = await loggedIn('coordinator@nassau.demo.nl', '/school');
  await bookClass(school.page, offerId, '3BWI-a', note);
  await expect(rowOf(school.page, title).textContent()).resolves.toContain('Aangevraagd');

  const company = await loggedIn('hr@vanderveen.demo.nl', '/bedrijf');
  await visit(company.page, '/inbox');
  const message = company.page.locator('[data-inbox-id]', {
    hasText: `Boeking wacht op goedkeuring: ${title}`,
  });
  await expect(message.textContent()).resolves.toContain(`Opmerking van de school: ${note}`);
  await message.getByRole('link', { name: 'Bekijken' }).click();
  await company.page.waitForURL(`**/bedrijf/sessies#sessie-${sessionId}`);
  const row = company.page.locator(`#sessie-${sessionId} tr`, { hasText: '3BWI-a' });
  await expect(row.textContent()).resolves.toContain(`Opmerking van de school: ${note}`);
  await row.getByRole('button', { name: 'Goedkeuren' }).click();
  await company.page.getByRole('status').getByText('De boeking is goedgekeurd.').waitFor();
  await expectAccessible(company.page);
  await saveScreenshot(company.page, 'booking-note-approve-company-nojs');

  await visit(school.page, '/school/boekingen');
  await expect(rowOf(school.page, title).textContent()).resolves.toContain('Bevestigd');
  await school.context.close();
  await company.context.close();
});

test('when seats are offered to a waiting class on an offer that needs approval, then the school reads the offer and, once it accepts, that the company still has to approve', async () => {
  const title = 'Frezen met goedkeuring';
  // Nassau's 3BWI-a (22 of 30) holds the seats while requested; Van Gogh's 3T1 (28) waits.
  const { offerId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 30,
    daysAhead: 169,
    requiresApproval: true,
    promotionMode: 'offer',
  });
  const first = await loggedIn('coordinator@nassau.demo.nl', '/school');
  await bookClass(first.page, offerId, '3BWI-a');
  const second = await loggedIn('coordinator@vangogh.demo.nl', '/school');
  await bookClass(second.page, offerId, '3T1');
  await expect(rowOf(second.page, title).textContent()).resolves.toContain('Op de wachtlijst');

  const row = rowOf(first.page, title);
  await row.locator('summary', { hasText: 'Annuleren' }).click();
  await row.getByLabel('Reden').fill('Toetsweek');
  await row.getByRole('button', { name: 'Ja, boeking annuleren' }).click();
  await first.page.getByRole('status').getByText('De boeking is geannuleerd.').waitFor();

  await visit(second.page, '/inbox');
  const offered = second.page.locator('[data-inbox-id]', {
    hasText: `Plaats vrijgekomen: ${title}`,
  });
  await expect(offered.textContent()).resolves.toContain('Bevestig vóór');
  await visit(second.page, '/school');
  const card = second.page.locator('[data-booking-id]', { hasText: title });
  await card.getByRole('button', { name: 'Plaatsen aannemen' }).click();
  const flash = second.page.getByRole('status');
  await flash.getByText(/moet de boeking nog goedkeuren/).waitFor();
  await expect(flash.textContent()).resolves.not.toContain('bevestigd');
  await visit(second.page, '/school/boekingen');
  await expect(rowOf(second.page, title).textContent()).resolves.toContain('Aangevraagd');
  await expectAccessible(second.page);
  await saveScreenshot(second.page, 'offer-accepted-awaiting-approval-nojs');
  await first.context.close();
  await second.context.close();
});
