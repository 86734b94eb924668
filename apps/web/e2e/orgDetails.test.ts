import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
  logIn,
  newContext,
  openMenu,
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

test('when a company admin enters its position with a decimal comma, then it is saved; an impossible latitude is refused by name (375 px, without JavaScript)', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'hr@noorddata.demo.nl');
  await page.waitForURL('**/bedrijf**');
  await openMenu(page);
  await page.getByRole('link', { name: 'Onze gegevens' }).first().click();
  await page.getByRole('heading', { name: 'Gegevens van NoordData ICT' }).waitFor();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  await page.getByLabel('Breedtegraad').fill('200');
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await page.locator('#field-latitude-error').waitFor();

  // The demo's own position, typed the Dutch way.
  await page.getByLabel('Breedtegraad').fill('52,9925');
  await page.getByLabel('Lengtegraad').fill('6,5645');
  await page.getByLabel('Telefoonnummer').fill('0592 123 456');
  await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await page.getByText('De gegevens zijn opgeslagen').waitFor();

  await visit(page, '/bedrijf/gegevens');
  await expect(page.getByLabel('Breedtegraad').inputValue()).resolves.toBe('52.9925');
  await expect(page.getByLabel('Telefoonnummer').inputValue()).resolves.toBe('0592 123 456');
  await page.getByRole('link', { name: 'Bekijk deze plek op OpenStreetMap' }).waitFor();
  await page.context().close();
});
