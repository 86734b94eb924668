import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectAccessible, launchBrowser, newContext, saveScreenshot, visit } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when a visitor switches to English without JavaScript, then the pages stay English', async () => {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, '/catalogus');
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { name: 'Catalogue', level: 1 }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await visit(page, '/inloggen');
  await page.getByRole('heading', { name: 'Log in', level: 1 }).waitFor();
  await context.close();
});

test('when a keyboard user tabs into the page, then the skip link comes first and leads to the content', async () => {
  const context = await newContext(browser, webUrl, { width: 375 });
  const page = await context.newPage();
  await visit(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
    'Naar de inhoud',
  );
  await page.keyboard.press('Enter');
  expect(page.url()).toContain('#inhoud');
  await expectAccessible(page);
  await saveScreenshot(page, 'landing-375');
  await context.close();
});
