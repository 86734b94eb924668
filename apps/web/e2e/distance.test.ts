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

/** The distances of every result, page after page (the catalogue shows 24 at a time). */
const distancesOnEveryPage = async (page: Page) => {
  const km = await distancesOn(page);
  const next = page.getByRole('link', { name: 'Volgende pagina' });
  while (await next.isVisible()) {
    await next.click();
    await page.waitForLoadState();
    km.push(...(await distancesOn(page)));
  }
  return km;
};

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

  const near = await distancesOnEveryPage(page);
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
  const firstPage = await distancesOn(page);
  expect(firstPage).toEqual([...firstPage].sort((a, b) => a - b));
  const all = await distancesOnEveryPage(page);
  expect(all.length).toBeGreaterThan(near.length);
  expect(all.some((km) => km > 10)).toBe(true);
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
