import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { schoolYearOf } from '@stagebureau/domain';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
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

async function checkPage(page: Page, screenshot: string) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, screenshot);
}

/**
 * The activity: the demo's job-shadow day of Metaalwerken Assen two weeks ago, with Nassau's
 * completed booking (a held session cannot be made through the API: only the booking sweep
 * completes a booking after its session ends, and the e2e stack runs without it).
 */
const company = 'Metaalwerken Assen';
/** The school year of that day: in early August it is still last year's. */
const schoolYear = schoolYearOf(new Date(Date.now() - 14 * 86_400_000));

test('when the bureau agrees one job-shadow day with a company that held one, then that commitment shows 1 van 1 met, the targets count it active, and the company sees it too (375 px, without JavaScript)', async () => {
  const bureau = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL('**/bureau');
  await visit(bureau, `/bureau/doelen?schoolYear=${schoolYear}`);
  await bureau.getByRole('heading', { level: 1, name: `Doelen ${schoolYear}` }).waitFor();

  // Pick the company and open its agreements.
  await bureau.getByLabel('Afspraak maken of bekijken').selectOption({ label: company });
  await bureau.getByRole('button', { name: 'Openen' }).click();
  await bureau.getByRole('heading', { level: 1, name: `Afspraken met ${company}` }).waitFor();

  const form = bureau.getByTestId('agreement-form');
  await form.getByLabel('Snuffeldagen', { exact: true }).fill('1');
  await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
  const row = bureau.locator('tr[data-measure="job_shadow_days"]');
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('1 van 1');
  await expect(row.locator('.status').textContent()).resolves.toBe('gehaald');
  await checkPage(bureau, 'agreement-bureau-375');

  // The targets dashboard counts the company among the active ones and lists its agreement.
  await visit(bureau, `/bureau/doelen?schoolYear=${schoolYear}`);
  const active = bureau.getByTestId('targets-table').locator('tr[data-measure="active_companies"]');
  const actual = Number((await active.locator('td').nth(1).textContent())?.trim());
  expect(actual).toBeGreaterThanOrEqual(1);
  const sectors = bureau
    .getByTestId('sectors-table')
    .locator('tr', { hasText: 'Maken en produceren' });
  expect(
    Number((await sectors.locator('td').first().textContent())?.trim()),
  ).toBeGreaterThanOrEqual(1);
  const listed = bureau.getByTestId('agreements-table').locator('tr', { hasText: company });
  await expect(listed.textContent()).resolves.toContain('Snuffeldagen 1/1');
  await checkPage(bureau, 'targets-bureau-375');

  // The company sees its own agreement and reaches its in-kind statement.
  const own = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(own, 'opleidingen@metaalwerken.demo.nl');
  await own.waitForURL('**/bedrijf');
  await visit(own, '/bedrijf/afspraken');
  const ownRow = own.locator('tr[data-measure="job_shadow_days"]');
  await expect(ownRow.textContent()).resolves.toContain('1 van 1');
  await checkPage(own, 'agreement-company-375');
  const statement = await own.request.get(
    (await own
      .getByRole('link', { name: /Verklaring bijdrage in natura/ })
      .first()
      .getAttribute('href'))!,
  );
  expect(statement.status()).toBe(200);
  expect(await statement.text()).toContain(company);
});

test('when the bureau opens the targets with JavaScript at 375 px, then both charts draw, and its overview has the shortfalls card', async () => {
  const page = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await page.getByTestId('work-shortfalls').getByRole('heading', { level: 2 }).waitFor();
  await checkPage(page, 'bureau-home-shortfalls-375');
  await visit(page, '/bureau/doelen');
  await page.locator('figure[data-drawn="true"]').nth(1).waitFor();
  expect(await page.locator('figure.chart').count()).toBe(2);
  await checkPage(page, 'targets-bureau-js-375');
});
