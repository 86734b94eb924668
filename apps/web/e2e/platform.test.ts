import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  demoPassword,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
} from './browser';
import { mailedLink } from './mailbox';

const webUrl = inject('webUrl');
const mailDir = inject('mailDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function checkPage(page: Page, screenshot?: string) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  if (screenshot) await saveScreenshot(page, screenshot);
}

async function platformLogIn(page: Page) {
  await visit(page, '/platform/inloggen');
  await page.getByLabel('E-mailadres').fill('platform@demo.stagebureau.nl');
  await page.getByLabel('Wachtwoord').fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/platform$/);
}

test('when the demo platform admin creates a region on a phone and invites its bureau admin, then that admin sets a password and works in the new region (375 px)', async () => {
  const stamp = Date.now().toString(36);
  const name = `Regio Test ${stamp}`;
  const bureauAdmin = `beheer-${stamp}@nieuwe-regio.test`;

  const page = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  // Without a platform session the platform pages send the visitor to the platform login.
  await visit(page, '/platform');
  await page.waitForURL('**/platform/inloggen');
  await checkPage(page);
  await platformLogIn(page);
  await page.locator('[data-region="assen-beilen"]').waitFor();
  await checkPage(page, 'platform-regions-375');

  await page.getByRole('link', { name: 'Nieuwe regio' }).first().click();
  await page.waitForURL('**/platform/regios/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Korte naam (in links)').fill('api');
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();
  await page.getByText('Deze waarde is ongeldig.').waitFor();
  await checkPage(page);
  await page.getByLabel('Korte naam (in links)').fill('');
  await page.getByLabel('Vakantieregio').selectOption('zuid');
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();
  await page.waitForURL(/\/platform\/regios\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name }).waitFor();
  await page.getByText(`regio-test-${stamp}`).waitFor();
  await checkPage(page, 'platform-region-375');

  await page.getByLabel('Bedenktijd (uren)').fill('72');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('status').getByText('De regio is opgeslagen.').waitFor();
  await expect(page.getByLabel('Bedenktijd (uren)').inputValue()).resolves.toBe('72');

  await page.getByLabel('E-mailadres').fill(bureauAdmin);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const link = await page.getByTestId('accept-url').inputValue();
  expect(link).toMatch(/\/uitnodiging\//);
  await checkPage(page);
  expect(await mailedLink(mailDir, bureauAdmin, /\/uitnodiging\//)).toBe(link);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/platform/inloggen');
  await page.context().close();

  // The invited bureau admin sets a password and sees the new region's settings.
  const admin = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await visit(admin, new URL(link).pathname);
  await admin.getByLabel('Je naam').fill('Nieuwe Beheerder');
  await admin.getByLabel('Wachtwoord').fill('een-heel-lang-wachtwoord');
  await admin.getByRole('button', { name: 'Account aanmaken' }).click();
  await admin.waitForURL('**/inloggen');
  await logIn(admin, bureauAdmin, 'een-heel-lang-wachtwoord');
  await admin.waitForURL('**/bureau');
  await visit(admin, '/bureau/regio');
  await admin.getByText(name).first().waitFor();
  await expect(admin.getByLabel('Bedenktijd (uren)').inputValue()).resolves.toBe('72');
  await admin.context().close();
});

test('when JavaScript is off, then the platform admin still logs in and creates a region', async () => {
  const page = await (
    await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 })
  ).newPage();
  await platformLogIn(page);
  await visit(page, '/platform/regios/nieuw');
  const name = `Regio Zonder Script ${Date.now().toString(36)}`;
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Regio aanmaken' }).click();
  await page.waitForURL(/\/platform\/regios\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name }).waitFor();
  await page.context().close();
});
