import { noShowReportDays } from '@stagebureau/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession, apiAs } from './apiSetup';
import {
  expectAccessible,
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

const company = 'hr@vanderveen.demo.nl';
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const valueOf = (page: Page, selector: string) => page.locator(selector).inputValue();

async function companyPage(javaScriptEnabled: boolean) {
  const context = await newContext(browser, webUrl, { javaScriptEnabled });
  const page = await context.newPage();
  await logIn(page, company);
  await page.waitForURL('**/bedrijf');
  return { page, close: () => context.close() };
}

test('when a company starts a new offer, then its own address is filled in, it picks sectors from the region, and the catalogue finds the offer by sector', async () => {
  const { page, close } = await companyPage(true);
  // The company's address as it keeps it in "Onze gegevens".
  await visit(page, '/bedrijf/gegevens');
  const own = {
    street: await page.getByLabel('Straat en huisnummer').inputValue(),
    postcode: await page.getByLabel('Postcode').inputValue(),
    city: await page.getByLabel('Plaats', { exact: true }).inputValue(),
  };
  expect(own.street).not.toBe('');

  await visit(page, '/bedrijf/aanbod/nieuw');
  await expect(page.getByLabel('Straat en huisnummer').inputValue()).resolves.toBe(own.street);
  await expect(page.getByLabel('Postcode').inputValue()).resolves.toBe(own.postcode);
  await expect(page.getByLabel('Plaats', { exact: true }).inputValue()).resolves.toBe(own.city);
  await expect(page.getByLabel('Locatie').inputValue()).resolves.toBe('at_company');

  // Sectors are the region's terms, by their Dutch label; no free text.
  const sectors = page.getByTestId('offer-sectors');
  await sectors.getByRole('checkbox', { name: 'Bouwen en wonen' }).waitFor();
  expect(await page.locator('input[type="text"][name="sectorTags"]').count()).toBe(0);
  await sectors.getByRole('checkbox', { name: 'Bouwen en wonen' }).check();
  await sectors.getByRole('checkbox', { name: 'Energie' }).check();
  const title = `Zonnepanelen op het dak ${Date.now()}`;
  await page.getByLabel('Titel', { exact: true }).fill(title);
  // This offer happens at a building site, not at the company's own address.
  await page.getByLabel('Straat en huisnummer').fill('Bouwplaats Kloosterveen 3');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(/\/bedrijf\/aanbod\/[0-9a-f-]{36}$/);

  // Editing shows the offer's own address and its sectors checked.
  await page.locator('details.editor summary').click();
  const editor = page.locator('details.editor');
  await expect(editor.getByLabel('Straat en huisnummer').inputValue()).resolves.toBe(
    'Bouwplaats Kloosterveen 3',
  );
  const checked = (name: string) =>
    editor.getByTestId('offer-sectors').getByRole('checkbox', { name }).isChecked();
  await expect(checked('Bouwen en wonen')).resolves.toBe(true);
  await expect(checked('Energie')).resolves.toBe(true);
  await expect(checked('ICT en media')).resolves.toBe(false);
  await saveScreenshot(page, 'offer-sectors-editor');

  // The codes were stored: the catalogue's sector filter finds it under energy, not under ICT.
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByTestId('offer-status').getByText('Gepubliceerd').waitFor();
  const q = encodeURIComponent(title);
  await visit(page, `/catalogus?q=${q}&sector=energie`);
  await page.getByRole('link', { name: title }).waitFor();
  await visit(page, `/catalogus?q=${q}&sector=ict`);
  await page.locator('main h1').waitFor();
  expect(await page.getByRole('link', { name: title }).count()).toBe(0);
  await close();
});

async function fillSeries(page: Page, start: Date, count: number) {
  await page.getByLabel('Eerste datum').fill(isoDate(start));
  await page.getByLabel('Of: aantal sessies').fill(String(count));
  await page.getByRole('checkbox', { name: 'wo', exact: true }).check();
  await page.locator('#series-start-time').fill('10:00');
  await page.locator('#series-end-time').fill('12:00');
}

async function expectSeriesKept(page: Page, start: Date, count: number, seats: string) {
  const preview = page.getByTestId('series-preview');
  await preview
    .locator('li')
    .nth(count - 1)
    .waitFor();
  expect(await preview.locator('li').count()).toBe(count);
  await expect(valueOf(page, '#series-start')).resolves.toBe(isoDate(start));
  await expect(valueOf(page, '#series-count')).resolves.toBe(String(count));
  await expect(valueOf(page, '#series-start-time')).resolves.toBe('10:00');
  await expect(valueOf(page, '#series-end-time')).resolves.toBe('12:00');
  await expect(page.getByRole('checkbox', { name: 'wo', exact: true }).isChecked()).resolves.toBe(
    true,
  );
  await expect(valueOf(page, '#series-capacity')).resolves.toBe(seats);
}

for (const javaScriptEnabled of [true, false]) {
  test(`when a company previews a series ${javaScriptEnabled ? 'with' : 'without'} JavaScript, then every typed value stays, the seats too`, async () => {
    const { offerId } = await aPublishedOfferWithSession(apiUrl, {
      title: `Reeks voorbeeld ${javaScriptEnabled ? 'js' : 'html'}`,
      seats: 18,
      daysAhead: 150,
    });
    const { page, close } = await companyPage(javaScriptEnabled);
    await visit(page, `/bedrijf/aanbod/${offerId}`);
    const start = new Date(Date.now() + 60 * 86_400_000);

    // The seats left at the offer's default: it was the field the preview blanked.
    await fillSeries(page, start, 3);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expectSeriesKept(page, start, 3, '18');

    // A second look, with other seats and one more session.
    await page.locator('#series-capacity').fill('12');
    await page.getByLabel('Of: aantal sessies').fill('4');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expectSeriesKept(page, start, 4, '12');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sessies aanmaken' }).click();
    await page.getByText('4 sessies toegevoegd.').waitFor();
    const rows = page.locator('tr[data-session-id]', { hasText: '0 van 12 geboekt' });
    expect(await rows.count()).toBe(4);
    await saveScreenshot(page, `series-preview-${javaScriptEnabled ? 'js' : 'nojs'}`);
    await close();
  });
}

test('when a class did not come to a session that ended days ago, then the company sees the school’s note and reports the no-show, told until when it may (without JavaScript)', async () => {
  const { sessionId } = await aPublishedOfferWithSession(apiUrl, {
    title: 'Open werkplaats voor niet verschenen',
    seats: 30,
    daysAhead: 160,
  });
  const school = 'coordinator@vangogh.demo.nl';
  const { classId } = await classOf(apiUrl, school, '2GL');
  const note = 'Twee leerlingen komen een uur later: zij hebben eerst een toets.';
  await book(apiUrl, school, { sessionId, classId, note });
  // The session took place three days ago (the API lets the company move it; the booking moves
  // along and stays confirmed, as the e2e stack runs no end-of-session sweep).
  const startsAt = new Date(Date.now() - 3 * 86_400_000);
  startsAt.setUTCHours(13, 0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  const owner = await apiAs(apiUrl, company);
  await owner.call('PATCH', `/sessions/${sessionId}`, {
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
  });

  const { page, close } = await companyPage(false);
  await visit(page, '/bedrijf/sessies');
  const card = page.locator(`article[data-session-id="${sessionId}"]`);
  // Listed among the past sessions.
  await page
    .locator('h2', { hasText: 'Afgelopen sessies' })
    .locator(`xpath=following-sibling::div[1]//article[@data-session-id="${sessionId}"]`)
    .waitFor();
  const row = card.locator('tr', { hasText: '2GL' });
  await expect(row.textContent()).resolves.toContain(`Opmerking van de school: ${note}`);
  const until = await row.getByTestId('no-show-until').textContent();
  // The domain's window after the end, said as a date.
  const lastDay = new Date(endsAt.getTime() + noShowReportDays * 86_400_000).toLocaleDateString(
    'nl-NL',
    {
      timeZone: 'Europe/Amsterdam',
      day: 'numeric',
      month: 'long',
    },
  );
  expect(until).toContain('Melden kan tot');
  expect(until).toContain(lastDay);
  await expectAccessible(page);

  await row.locator('summary', { hasText: 'Niet verschenen melden' }).click();
  await row.getByRole('button', { name: 'Niet verschenen melden' }).click();
  await page.getByText('Gemeld: de klas is niet verschenen.').waitFor();
  const after = page.locator(`article[data-session-id="${sessionId}"] tr`, { hasText: '2GL' });
  await expect(after.textContent()).resolves.toContain('Niet verschenen');
  expect(await after.locator('summary', { hasText: 'Niet verschenen melden' }).count()).toBe(0);
  await saveScreenshot(page, 'company-no-show-reported');
  await close();
});
