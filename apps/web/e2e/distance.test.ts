import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
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

/** The km shown on each card, in page order ("12,3 km hemelsbreed" → 12.3). */
const distancesOn = async (page: Page) =>
  (await page.getByTestId('distance').allTextContents()).map((text) =>
    Number(text.trim().split(' ')[0]!.replace(',', '.')),
  );

test('when a school searches the catalogue from its location within 10 km, then only nearby offers show, nearest first, with their km (375 px, without JavaScript)', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, '/catalogus');
  await page
    .getByLabel('Afstand vanaf')
    .selectOption({ label: 'Dr. Nassau College Quintusschool (Assen)' });
  await page.getByLabel('Maximaal').selectOption({ label: '10 km' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL('**/catalogus?**maxKm=10**');

  const near = await distancesOn(page);
  expect(near.length).toBeGreaterThan(0);
  expect(near.every((km) => km <= 10)).toBe(true);
  expect(near).toEqual([...near].sort((a, b) => a - b));
  // Beilen is about 14 km from Assen: its companies' offers are beyond the limit.
  await expect(page.locator('.cards').textContent()).resolves.not.toContain('Beilen');
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, 'catalogue-distance-375');

  await page.getByLabel('Maximaal').selectOption({ label: 'Elke afstand' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL((url) => !url.search.includes('maxKm=10'));
  const all = await distancesOn(page);
  expect(all.length).toBeGreaterThan(near.length);
  expect(all).toEqual([...all].sort((a, b) => a - b));
  await page.context().close();
});

test('when a company sorts the requests nearest first, then each shows its distance in order', async () => {
  const page = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await logIn(page, 'hr@vanderveen.demo.nl');
  await page.waitForURL('**/bedrijf**');
  await visit(page, '/bedrijf/vragen?alle=1&sort=distance');
  const km = await distancesOn(page);
  expect(km.length).toBeGreaterThan(0);
  expect(km).toEqual([...km].sort((a, b) => a - b));
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await page.context().close();
});
