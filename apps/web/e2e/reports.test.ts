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
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when the bureau opens the reports, then the charts render and the co-financing CSV downloads', async () => {
  const context = await newContext(browser, webUrl);
  const page = await context.newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await visit(page, '/bureau/organisaties');
  await visit(page, '/bureau/rapportages');

  await page.locator('figure[data-drawn="true"]').first().waitFor();
  const charts = await page.locator('figure.chart').count();
  expect(charts).toBeGreaterThanOrEqual(6);
  const drawn = await page.locator('figure[data-drawn="true"] canvas').first().boundingBox();
  expect(drawn!.height).toBeGreaterThan(100);
  await expectAccessible(page);
  await saveScreenshot(page, 'bureau-reports');

  const download = page.waitForEvent('download');
  await page.locator('#cofinanciering-sectie a[data-format="csv"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('cofinanciering.csv');
  const body = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(body).toString('utf8');
  expect(text.split('\n')[0]).toContain(',');
  await context.close();
});

test('when the reports are opened without JavaScript at 375 px, then every chart has its table', async () => {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await visit(page, '/bureau/organisaties');
  await visit(page, '/bureau/rapportages');
  const figures = page.locator('figure.chart');
  const open = await figures.locator('details[open] table').count();
  expect(open).toBe(await figures.count());
  await expectAccessible(page);
  await context.close();
});

test('when the bureau opens the reports at 375 px without JavaScript, then pupils on placement and the internship places show as tables without overflow, and their CSV downloads', async () => {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await visit(page, '/bureau/organisaties');
  await visit(page, '/bureau/rapportages');

  const coverage = page.locator('section[aria-labelledby="stagedekking"]');
  await expect(coverage.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
    'Leerlingen op stage',
  );
  await expect(coverage.getByTestId('placement-coverage-summary').textContent()).resolves.toMatch(
    /Leerlingen met een stage in schooljaar/,
  );
  await expect(
    coverage.getByTestId('placement-coverage-profiles').locator('table').count(),
  ).resolves.toBe(1);
  const places = page.locator('section[aria-labelledby="stageplaatsen"]');
  const rows = places.getByTestId('internship-places-table').locator('tbody tr');
  // Snuffelstage, stage, docentenstage and the total.
  await expect(rows.count()).resolves.toBe(4);
  await expect(
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).resolves.toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await coverage.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'bureau-placement-reports-375-nojs');

  for (const [section, file] of [
    [coverage, 'stagedekking'],
    [places, 'stageplaatsen'],
  ] as const) {
    const href = await section.locator('a[data-format="xlsx"]').getAttribute('href');
    const answer = await page.request.get(new URL(href!, page.url()).href);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe(xlsxType);
    expect(answer.headers()['content-disposition']).toMatch(
      new RegExp(`${file}-\\d{4}-\\d{4}\\.xlsx`),
    );
    // An .xlsx is a zip archive: it starts with "PK".
    expect((await answer.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  }
  // The region's bookings, placements and year plans as spreadsheets, from the same page.
  for (const kind of ['boekingen', 'plaatsingen', 'jaarplanning']) {
    const href = await page
      .locator(`a[data-export="${kind}"][data-format="csv"]`)
      .getAttribute('href');
    const answer = await page.request.get(new URL(href!, page.url()).href);
    expect(answer.status(), kind).toBe(200);
    expect(answer.headers()['content-type']).toContain('text/csv');
  }
  await context.close();
});
