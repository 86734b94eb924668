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
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when the bureau approves a new company and invites its admin, then the admin can accept and log in', async () => {
  const bureau = await newContext(browser, webUrl);
  const page = await bureau.newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await page.waitForURL('**/bureau');
  await visit(page, '/bureau/organisaties');

  const registration = page.locator('section', {
    has: page.getByRole('heading', { name: 'Organisatie registreren' }),
  });
  await registration.getByLabel('Naam').fill('Techniek Drenthe BV');
  await registration.getByLabel('KvK-nummer').fill('87654321');
  await registration.getByLabel('Plaats').fill('Assen');
  await registration.getByRole('button', { name: 'Organisatie registreren' }).click();
  const row = page.locator('tr[data-organisation="Techniek Drenthe BV"]');
  await row.locator('[data-status="pending"]').waitFor();

  await row.getByRole('button', { name: /Goedkeuren/ }).click();
  await row.locator('[data-status="active"]').waitFor();
  await page.getByRole('status').getByText('Techniek Drenthe BV is nu: Actief.').waitFor();

  const invite = page.locator('section', {
    has: page.getByRole('heading', { name: 'Gebruiker uitnodigen' }),
  });
  await invite.getByLabel('E-mailadres').fill('directie@techniekdrenthe.nl');
  await invite.getByLabel('Rol').selectOption('company_admin');
  await invite.getByLabel('Organisatie').selectOption({ label: 'Techniek Drenthe BV' });
  await invite.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
  const acceptUrl = (await page.getByTestId('accept-url').inputValue()).trim();
  expect(acceptUrl).toMatch(/\/uitnodiging\/[^/]+$/);
  // The link is shown once: a button copies it and says so next to it.
  await bureau.grantPermissions(['clipboard-read', 'clipboard-write']);
  await invite.getByRole('button', { name: 'Kopiëren' }).click();
  await invite.getByText('Gekopieerd naar het klembord').waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(acceptUrl);
  await expectAccessible(page);
  await bureau.close();

  const invitee = await newContext(browser, webUrl);
  const inviteePage = await invitee.newPage();
  await visit(inviteePage, new URL(acceptUrl).pathname);
  await inviteePage.getByLabel('Je naam').fill('Ilse Drent');
  await inviteePage.getByLabel('Wachtwoord').fill('een-heel-lang-wachtwoord');
  await inviteePage.getByRole('button', { name: 'Account aanmaken' }).click();
  await inviteePage.waitForURL('**/inloggen');
  await inviteePage.getByRole('status').getByText('Je account is aangemaakt').waitFor();

  await logIn(inviteePage, 'directie@techniekdrenthe.nl', 'een-heel-lang-wachtwoord');
  await inviteePage.waitForURL('**/bedrijf');
  await visit(inviteePage, '/account');
  const facts = await inviteePage.locator('dl.facts').textContent();
  expect(facts).toContain('Ilse Drent');
  expect(facts).toContain('Techniek Drenthe BV');
  expect(facts).toContain('Beheerder bedrijf');
  await expectAccessible(inviteePage);
  await saveScreenshot(inviteePage, 'organisation-invite-accepted');
  await invitee.close();
});

test('when an unknown invitation link is used, then the page says it is invalid or expired', async () => {
  const context = await newContext(browser, webUrl, { javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, '/uitnodiging/bestaat-niet-bestaat-niet-bestaat-niet');
  await page.getByLabel('Je naam').fill('Iemand');
  await page.getByLabel('Wachtwoord').fill('een-heel-lang-wachtwoord');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  const alert = page.locator('.utrecht-alert--error');
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toContain('ongeldig of verlopen');
  await context.close();
});
