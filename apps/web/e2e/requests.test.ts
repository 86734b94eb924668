import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { isoWeekdayOf, schoolYearOfDate } from '@stagebureau/domain';
import { localDate } from './apiSetup';
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

/** Every page of the journey: usable on a phone and free of serious axe violations. */
async function checkPage(page: Page, screenshot?: string) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  if (screenshot) await saveScreenshot(page, screenshot);
}

/** The first ISO `weekday` (1 = Monday) at least `daysAhead` days from now, `YYYY-MM-DD`. */
function weekdayFrom(daysAhead: number, weekday: number): string {
  for (let day = daysAhead; ; day++) {
    const date = localDate(day);
    if (isoWeekdayOf(date) === weekday) return date;
  }
}

/** Publishes the year's card if it is a draft, and the request if it is still submitted. */
async function publishOnCard(page: Page, schoolYear: string, requestId: string) {
  await visit(page, `/bureau/menukaart?jaar=${schoolYear}`);
  const publishCard = page.getByRole('button', { name: 'Kaart publiceren' });
  if (await publishCard.count()) {
    await publishCard.click();
    await page.getByText('De menukaart is gepubliceerd.').waitFor();
  }
  const onCard = page.locator(`[data-request-id="${requestId}"]`);
  if ((await onCard.getAttribute('data-status')) === 'submitted') {
    await onCard.getByRole('button', { name: /Publiceren/ }).click();
    await page.getByText('De vraag is gepubliceerd.').waitFor();
  }
  await expect(onCard.getAttribute('data-status')).resolves.toBe('published');
  return onCard;
}

test('when a school asks, the bureau publishes, a company signs up and the school accepts, then the booking is in the school’s list (375 px)', async () => {
  const title = `Gastles bouwen voor 2K1 ${Date.now()}`;
  const periodFrom = localDate(60);
  const periodUntil = localDate(120);
  const schoolYear = schoolYearOfDate(periodFrom);
  const moment = weekdayFrom(70, 2);

  // The school coordinator writes the request without JavaScript, previews it, submits it.
  const school = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const schoolPage = await school.newPage();
  await logIn(schoolPage, 'coordinator@nassau.demo.nl');
  await schoolPage.waitForURL('**/school');
  await followMenuLink(schoolPage, 'Vragen');
  await schoolPage.waitForURL('**/school/vragen');
  await checkPage(schoolPage);
  await schoolPage.getByRole('link', { name: 'Nieuwe vraag' }).click();
  await schoolPage.waitForURL('**/school/vragen/nieuw');
  await schoolPage.getByLabel('Soort activiteit').selectOption('guest_lesson');
  await schoolPage.getByLabel('Titel', { exact: true }).fill(title);
  await schoolPage
    .getByLabel('Omschrijving')
    .fill('Een vakman vertelt over het werk op de bouwplaats.');
  await schoolPage.getByLabel('2K1 (26 leerlingen)').check();
  await schoolPage.getByLabel('Uren per keer').fill('2');
  await schoolPage.getByLabel('Bouwen en wonen').check();
  await schoolPage.getByLabel('Periode van').fill(periodFrom);
  await schoolPage.getByLabel('Periode tot en met').fill(periodUntil);
  await schoolPage.getByLabel('Intekenen kan tot en met').fill(localDate(30));
  await schoolPage.getByLabel('Wat de school regelt').fill('Een lokaal met digibord.');
  await schoolPage.getByRole('button', { name: 'Voorbeeld' }).click();
  const preview = schoolPage.getByTestId('request-preview');
  await preview.waitFor();
  await expect(preview.textContent()).resolves.toContain('1 klas, 26 leerlingen');
  await expect(preview.textContent()).resolves.toContain('Alles lijkt in orde');
  // The form kept what was typed: submitting now sends the same request.
  await expect(schoolPage.getByLabel('Titel', { exact: true }).inputValue()).resolves.toBe(title);
  await checkPage(schoolPage, 'request-preview-375-nojs');
  await schoolPage.getByRole('button', { name: 'Vraag indienen' }).click();
  await schoolPage.waitForURL(/\/school\/vragen\/[0-9a-f-]{36}$/);
  const requestId = new URL(schoolPage.url()).pathname.split('/').pop()!;
  await schoolPage.getByRole('heading', { level: 1, name: title }).waitFor();
  await checkPage(schoolPage);

  // The bureau publishes the school year's menu card, and with it the request.
  const bureau = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const bureauPage = await bureau.newPage();
  await logIn(bureauPage, 'medewerker@demo.stagebureau.nl');
  await bureauPage.waitForURL('**/bureau');
  await visit(bureauPage, '/bureau/organisaties');
  const onCard = await publishOnCard(bureauPage, schoolYear, requestId);
  await expect(onCard.textContent()).resolves.toContain('Dr. Nassau College Quintusschool');
  await checkPage(bureauPage, 'menu-card-bureau-375-nojs');

  // Anyone can read the published card, without the school's name.
  const visitor = await newContext(browser, webUrl, { width: 375 });
  const visitorPage = await visitor.newPage();
  await visit(visitorPage, `/menukaart?jaar=${schoolYear}`);
  const publicCard = visitorPage.locator(`[data-request-id="${requestId}"]`);
  await expect(publicCard.textContent()).resolves.toContain(title);
  await expect(publicCard.textContent()).resolves.not.toContain('Nassau');
  await publicCard.getByRole('link', { name: /Log in om in te tekenen/ }).waitFor();
  await checkPage(visitorPage);
  await visitor.close();

  // A fitting company signs up for the class's part with a proposed moment.
  const company = await newContext(browser, webUrl, { width: 375 });
  const companyPage = await company.newPage();
  await logIn(companyPage, 'hr@vanderveen.demo.nl');
  await companyPage.waitForURL('**/bedrijf');
  await visit(companyPage, '/bedrijf/vragen');
  await checkPage(companyPage);
  await companyPage.getByRole('link', { name: title }).click();
  await companyPage.waitForURL(`**/bedrijf/vragen/${requestId}`);
  await companyPage.locator('body[data-hydrated]').waitFor();
  const part = companyPage.locator('fieldset[data-part-id]').first();
  await part.getByRole('checkbox').check();
  await part.getByLabel('Datum').fill(moment);
  await part.getByLabel('Begintijd').fill('09:00');
  await part.getByLabel('Eindtijd').fill('11:00');
  await expect(companyPage.getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe(
    'Marieke van der Veen',
  );
  await companyPage
    .getByLabel('Toelichting voor de school')
    .fill('We nemen gereedschap en helmen mee.');
  await checkPage(companyPage);
  await companyPage.getByRole('button', { name: 'Intekening versturen' }).click();
  await companyPage.getByRole('status').getByText('Je intekening is verstuurd').waitFor();
  const mine = companyPage.locator('[data-sign-up-id]');
  await expect(mine.textContent()).resolves.toContain('Wacht op de school');
  await checkPage(companyPage, 'sign-up-company-375');

  // The school accepts the proposal; the activity becomes a confirmed booking.
  await visit(schoolPage, `/school/vragen/${requestId}`);
  const asked = schoolPage.locator('[data-part-id]').first();
  await expect(asked.textContent()).resolves.toContain('Bouwbedrijf Van der Veen');
  await expect(asked.textContent()).resolves.toContain('Marieke van der Veen');
  await checkPage(schoolPage);
  await asked.getByRole('button', { name: 'Accepteren' }).click();
  await schoolPage.getByText(/Geaccepteerd: de activiteit/).waitFor();
  await expect(
    schoolPage.locator('[data-part-id]').first().getAttribute('data-state'),
  ).resolves.toBe('accepted');
  await checkPage(schoolPage);

  await visit(schoolPage, '/school/boekingen');
  const row = schoolPage.locator('tr', { has: schoolPage.getByRole('link', { name: title }) });
  await expect(row.textContent()).resolves.toContain('2K1');
  await expect(row.textContent()).resolves.toContain('Bevestigd');
  await checkPage(schoolPage, 'request-booked-school-375-nojs');

  await school.close();
  await bureau.close();
  await company.close();
}, 240_000);

test('when the bureau asks for several schools and a company proposes a wrong day, then the part says why, and the company can fix it and withdraw', async () => {
  const title = `Bedrijfsbezoek voor twee scholen ${Date.now()}`;
  const periodFrom = localDate(60);
  const schoolYear = schoolYearOfDate(periodFrom);

  const bureau = await newContext(browser, webUrl, { width: 375 });
  const bureauPage = await bureau.newPage();
  await logIn(bureauPage, 'medewerker@demo.stagebureau.nl');
  await bureauPage.waitForURL('**/bureau');
  await visit(bureauPage, '/bureau/organisaties');
  await visit(bureauPage, '/bureau/menukaart/nieuw');
  expect(await bureauPage.locator('fieldset[data-school]').count()).toBeGreaterThan(1);
  await bureauPage.getByLabel('Soort activiteit').selectOption('company_visit');
  await bureauPage.getByLabel('Titel', { exact: true }).fill(title);
  await bureauPage.getByLabel('3T1 (28 leerlingen)').check();
  await bureauPage.getByLabel('3KB-PIE (15 leerlingen)').check();
  await bureauPage.getByLabel('Uren per keer').fill('1.5');
  await bureauPage.getByLabel('Periode van').fill(periodFrom);
  await bureauPage.getByLabel('Periode tot en met').fill(localDate(120));
  for (const day of ['ma', 'di', 'do', 'vr'])
    await bureauPage.getByLabel(day, { exact: true }).uncheck();
  await bureauPage.getByLabel(/Middag/).check();
  await bureauPage.getByLabel('Locatie').selectOption('either');
  await bureauPage.getByLabel('Intekenen kan tot en met').fill(localDate(30));
  await bureauPage.getByRole('button', { name: 'Voorbeeld' }).click();
  const preview = bureauPage.getByTestId('request-preview');
  await preview.waitFor();
  await expect(preview.textContent()).resolves.toContain('Meerdere scholen');
  await expect(preview.textContent()).resolves.toContain('2 klassen, 43 leerlingen');
  await expect(preview.textContent()).resolves.toContain('3 uur');
  await checkPage(bureauPage);
  await bureauPage.getByRole('button', { name: 'Vraag indienen' }).click();
  await bureauPage.waitForURL('**/bureau/menukaart');
  const row = bureauPage.locator('[data-request-id]', { hasText: title });
  const requestId = (await row.getAttribute('data-request-id'))!;
  await publishOnCard(bureauPage, schoolYear, requestId);
  await checkPage(bureauPage);

  const company = await newContext(browser, webUrl, { width: 375 });
  const companyPage = await company.newPage();
  await logIn(companyPage, 'hr@vanderveen.demo.nl');
  await companyPage.waitForURL('**/bedrijf');
  await visit(companyPage, `/bedrijf/vragen/${requestId}`);
  const part = companyPage.locator('fieldset[data-part-id]', {
    hasText: 'Vincent van Gogh Salland',
  });
  await part.getByRole('checkbox').check();
  // A Tuesday, while the request asks for Wednesdays.
  await part.getByLabel('Datum').fill(weekdayFrom(75, 2));
  await part.getByLabel('Begintijd').fill('13:00');
  await part.getByLabel('Eindtijd').fill('14:30');
  await companyPage.getByLabel('Waar doe je het').selectOption('at_company');
  await companyPage.getByRole('button', { name: 'Intekening versturen' }).click();
  await companyPage.getByTestId('sign-up-problem').waitFor();
  await part.locator('.field-error').waitFor();
  await checkPage(companyPage);

  await part.getByLabel('Datum').fill(weekdayFrom(75, 3));
  await companyPage.getByRole('button', { name: 'Intekening versturen' }).click();
  await companyPage.getByRole('status').getByText('Je intekening is verstuurd').waitFor();
  const signUp = companyPage.locator('[data-sign-up-id]');
  await expect(signUp.textContent()).resolves.toContain('Vincent van Gogh Salland · 3T1');
  await signUp.locator('summary', { hasText: 'Intekening intrekken' }).click();
  await signUp.getByLabel('Reden').fill('De werkplaats is dan gesloten.');
  await signUp.getByRole('button', { name: 'Intekening intrekken' }).click();
  await companyPage.getByRole('status').getByText('Je intekening is ingetrokken.').waitFor();
  await expect(companyPage.locator('[data-sign-up-id]').getAttribute('data-status')).resolves.toBe(
    'withdrawn',
  );
  await checkPage(companyPage, 'sign-up-withdrawn-375');
  await bureau.close();
  await company.close();
}, 180_000);
