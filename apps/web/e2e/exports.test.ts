import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newContext, saveScreenshot } from './browser';

const webUrl = inject('webUrl');
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when a school downloads its bookings without JavaScript, then a real .xlsx and a CSV of its own school only', async () => {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await page.goto(new URL('/school/boekingen', webUrl).href);
  const xlsx = page.getByRole('link', { name: 'Boekingen downloaden als Excel (.xlsx)' });
  await xlsx.waitFor();
  await expect(
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).resolves.toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.locator('section.exports').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'school-bookings-exports-375-nojs');

  const workbook = await page.request.get(
    new URL((await xlsx.getAttribute('href'))!, page.url()).href,
  );
  expect(workbook.status()).toBe(200);
  expect(workbook.headers()['content-type']).toBe(xlsxType);
  expect(workbook.headers()['content-disposition']).toMatch(
    /^attachment; filename="boekingen-\d{4}-\d{4}\.xlsx"/,
  );
  // An .xlsx is a zip archive: it starts with "PK".
  expect((await workbook.body()).subarray(0, 2).toString('latin1')).toBe('PK');

  const csvLink = page.getByRole('link', { name: 'Boekingen downloaden als CSV' });
  const csv = await page.request.get(
    new URL((await csvLink.getAttribute('href'))!, page.url()).href,
  );
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toMatch(/^start,einde,school,klas,/);
  expect(text).not.toContain('Van Gogh');
  await context.close();
});
