import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, logIn, newContext } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when a page is opened with an id that cannot exist, then the answer is 404 and the page says it does not exist', async () => {
  const page = await (await newContext(browser, webUrl, { javaScriptEnabled: false })).newPage();
  for (const path of ['/catalogus/not-a-uuid', '/school/boekingen/123', '/boekingen/x.ics']) {
    const response = await page.goto(new URL(path, webUrl).href);
    expect(response?.status(), path).toBe(404);
  }
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school**');
  const response = await page.goto(new URL('/school/vragen/%27%3B--', webUrl).href);
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' }).waitFor();
  await page.context().close();
});

test('when the app is opened by another loopback name than it announced, then it moves to its own and the login works', async () => {
  const other = new URL(webUrl);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const page = await (
    await newContext(browser, other.href, { javaScriptEnabled: false })
  ).newPage();
  await page.goto(new URL('/inloggen', other).href);
  expect(new URL(page.url()).host).toBe(new URL(webUrl).host);
  await page.getByLabel('E-mailadres').fill('coordinator@nassau.demo.nl');
  await page.getByLabel('Wachtwoord').fill('Welkom-bij-stagebureau-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL('**/school**');
  await page.context().close();
});
