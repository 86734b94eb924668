import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { anOnRequestOffer, localDate } from './apiSetup';
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

test('when a school proposes times and the company accepts one, then the school sees it accepted and booked', async () => {
  const title = 'Gastles op aanvraag: timmeren';
  const offerId = await anOnRequestOffer(apiUrl, title);

  const school = await newContext(browser, webUrl, { width: 375 });
  const schoolPage = await school.newPage();
  await logIn(schoolPage, 'coordinator@nassau.demo.nl');
  await schoolPage.waitForURL('**/school');
  await visit(schoolPage, `/catalogus/${offerId}`);
  const classSelect = schoolPage.getByLabel('Klas', { exact: true });
  const option = classSelect.locator('option', { hasText: '3BWI-a' });
  await classSelect.selectOption(await option.getAttribute('value'));
  const day = localDate(171);
  await schoolPage.locator('#date1').fill(day);
  await schoolPage.locator('#start1').fill('13:00');
  await schoolPage.locator('#end1').fill('14:00');
  await schoolPage.locator('#date2').fill(localDate(172));
  await schoolPage.locator('#start2').fill('13:00');
  await schoolPage.locator('#end2').fill('14:00');
  await expectAccessible(schoolPage);
  await schoolPage.getByRole('button', { name: 'Voorstel versturen' }).click();
  await schoolPage.waitForURL('**/school/boekingen');
  const card = schoolPage.locator('[data-proposal-id]', { hasText: title });
  await expect(card.textContent()).resolves.toContain('Wacht op het bedrijf');

  const company = await newContext(browser, webUrl);
  const companyPage = await company.newPage();
  await logIn(companyPage, 'hr@vanderveen.demo.nl');
  await companyPage.waitForURL('**/bedrijf');
  // The proposal reached the company's inbox: the navigation shows an unread count.
  await companyPage.getByTestId('unread-count').waitFor();
  await visit(companyPage, '/bedrijf/aanvragen');
  const request = companyPage.locator('[data-proposal-id]', { hasText: title });
  await request.getByRole('radio').nth(1).check();
  await request.getByRole('button', { name: 'Accepteren' }).click();
  await companyPage
    .getByRole('status')
    .getByText(/Geaccepteerd/)
    .waitFor();
  await expectAccessible(companyPage);
  await saveScreenshot(companyPage, 'proposal-accepted-company');

  await visit(schoolPage, '/school/boekingen');
  await expect(
    schoolPage.locator('[data-proposal-id]', { hasText: title }).textContent(),
  ).resolves.toContain('Geaccepteerd');
  const row = schoolPage.locator('tr', { has: schoolPage.getByRole('link', { name: title }) });
  await expect(row.textContent()).resolves.toContain('Bevestigd');
  await expectAccessible(schoolPage);
  await saveScreenshot(schoolPage, 'proposal-accepted-school-375');
  await school.close();
  await company.close();
});

test('when a coordinator and the company rate a completed activity, then both ratings are kept', async () => {
  // The demo data holds a completed job shadow day of Nassau's 3PIE-b, two weeks ago.
  const title = 'Snuffelstage lassen en frezen';
  const school = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const schoolPage = await school.newPage();
  await logIn(schoolPage, 'coordinator@nassau.demo.nl');
  await schoolPage.waitForURL('**/school');
  await schoolPage.getByRole('link', { name: /Hoe was Snuffelstage/ }).waitFor();
  await visit(schoolPage, '/school/boekingen');
  const row = schoolPage.locator('tr', { has: schoolPage.getByRole('link', { name: title }) });
  await row.locator('summary', { hasText: 'Feedback geven' }).click();
  await row.getByLabel('4 – goed').check();
  await row.getByLabel(/Toelichting/).fill('Leerlingen waren enthousiast over het lassen.');
  await row.getByRole('button', { name: 'Feedback versturen' }).click();
  await schoolPage.getByText('Bedankt voor je feedback.').waitFor();
  await expect(
    schoolPage.locator('tr', { has: schoolPage.getByRole('link', { name: title }) }).textContent(),
  ).resolves.toContain('Jouw waardering: 4 van 5');
  await expectAccessible(schoolPage);
  await saveScreenshot(schoolPage, 'feedback-school-nojs');

  const company = await newContext(browser, webUrl);
  const companyPage = await company.newPage();
  await logIn(companyPage, 'opleidingen@metaalwerken.demo.nl');
  await companyPage.waitForURL('**/bedrijf');
  await visit(companyPage, '/bedrijf/sessies');
  const visit_ = companyPage.locator('tr', { hasText: '3PIE-b' });
  await visit_.locator('summary', { hasText: 'Feedback geven' }).click();
  await visit_.getByLabel('5 – uitstekend').check();
  await visit_.getByRole('button', { name: 'Feedback versturen' }).click();
  await companyPage.getByRole('status').getByText('Bedankt voor je feedback.').waitFor();
  await companyPage.getByText('Jouw waardering: 5 van 5').waitFor();
  await expectAccessible(companyPage);
  await saveScreenshot(companyPage, 'feedback-company');
  await company.close();
});
