import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newContext, saveScreenshot } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when the bureau logs in, then it lands on its work of the day: the open conflicts as the menu counts them, the papers waiting for review, each linking to its queue (375 px, without JavaScript)', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();

  const conflicts = page.getByTestId('work-conflicts');
  const badge = (await page.getByTestId('open-conflicts').textContent()) ?? '';
  const open = Number(badge.match(/\d+/)?.[0] ?? 0);
  await expect(conflicts.getByRole('heading').textContent()).resolves.toContain(String(open));

  // The demo's self-registered builder waits for approval, reviewed with its possible duplicate.
  const organisations = page.getByTestId('work-organisations');
  await expect(organisations.textContent()).resolves.toContain('Bouwbedrijf van der Veen B.V.');
  await organisations
    .getByRole('link', { name: /^Zelf aangemeld/ })
    .first()
    .waitFor();

  // The demo's TT Circuit paper waits in the review queue.
  const documents = page.getByTestId('work-documents');
  await expect(documents.textContent()).resolves.toContain('TT Circuit');
  await documents.getByRole('link', { name: 'Naar beoordelen' }).click();
  await page.waitForURL('**/bureau/documenten');

  await page.goBack();
  await expectAccessible(page);
  await saveScreenshot(page, 'bureau-home-375');
  await page.context().close();
});
