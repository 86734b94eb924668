import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession } from './apiSetup';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
} from './browser';
import { book, classOf } from './bureauSetup';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when a visitor searches the catalogue for the start of a word, then the building-site visit is found (375 px, without JavaScript)', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await visit(page, '/catalogus?q=bouw');
  await page.getByRole('link', { name: 'Kijkje op de bouwplaats' }).first().waitFor();
  await expectNoHorizontalOverflow(page);
  await page.context().close();
});

test('when a school opens a full session of an offer for vmbo-kb years 3 and 4, then only its fitting classes are offered, the others are named with why, and the button puts the class on the waitlist', async () => {
  const title = `Werkplaats voor kb 3 en 4 ${Date.now().toString(36)}`;
  const { offerId, sessionId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 22,
    daysAhead: 150,
    levels: ['vmbo-kb'],
    schoolYears: [3, 4],
  });
  // Nassau's 3BWI-a (22 pupils) takes every seat.
  const { classId } = await classOf(apiUrl, 'coordinator@nassau.demo.nl', '3BWI-a');
  await book(apiUrl, 'coordinator@nassau.demo.nl', { sessionId, classId });

  const page = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school**');
  await visit(page, `/catalogus/${offerId}`);
  const classes = await page.getByLabel('Klas').locator('option').allTextContents();
  expect(classes.some((text) => text.startsWith('3BWI-a'))).toBe(true);
  expect(classes.some((text) => text.startsWith('4MVI'))).toBe(true);
  expect(classes.some((text) => text.startsWith('3PIE-b') || text.startsWith('2K1'))).toBe(false);
  const unfit = page.getByTestId('unfit-classes');
  await expect(unfit.textContent()).resolves.toContain('3PIE-b: ander niveau');
  await expect(unfit.textContent()).resolves.toContain('2K1: ander leerjaar');
  await page.getByRole('button', { name: 'Op de wachtlijst zetten' }).waitFor();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, 'catalogue-unfit-classes-waitlist-375');
  await page.context().close();
});

test('when a class would take the school over the session cap, then the refusal offers to ask the bureau for an exception, and the bureau gets it as a conflict', async () => {
  const title = `Masterclass met een maximum ${Date.now().toString(36)}`;
  const { offerId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 60,
    daysAhead: 160,
    capPerSchoolPerSession: 20,
  });
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, `/catalogus/${offerId}`);
  await page.getByLabel('Klas', { exact: true }).selectOption({ label: '3BWI-a (22 leerlingen)' });
  await page.getByRole('button', { name: 'Boeken' }).click();
  await page.getByTestId('booking-problem').waitFor();

  const ask = page.locator('form[action="?/askCapException"]');
  await ask.getByLabel('Waarom is deze klas toch nodig?').fill('De hele klas doet het profiel BWI');
  await ask.getByRole('button', { name: 'Uitzondering aanvragen' }).click();
  await page.waitForURL('**/school/boekingen');
  await page.getByText('Je vraag om een uitzondering is bij het stagebureau').waitFor();
  await page.context().close();

  const bureau = await (await newContext(browser, webUrl)).newPage();
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL('**/bureau');
  await visit(bureau, '/bureau/conflicten?type=cap_exception_requested');
  await expect(bureau.locator('main table').textContent()).resolves.toContain(title);
  await bureau.context().close();
});
