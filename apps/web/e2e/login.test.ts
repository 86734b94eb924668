import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectAccessible, launchBrowser, logIn, newContext, saveScreenshot } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  describe(`logging in ${mode}`, () => {
    test('when the bureau user logs in, then the app shows who they are', async () => {
      const context = await newContext(browser, webUrl, { javaScriptEnabled });
      const page = await context.newPage();
      await logIn(page, 'bureau@demo.stagebureau.nl');
      // The bureau lands on its overview of the day's work.
      await page.waitForURL('**/bureau');
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      await expect(page.locator('.site-header').textContent()).resolves.toContain('Anouk Bakker');

      await page.getByRole('link', { name: 'Anouk Bakker' }).click();
      await page.waitForURL('**/account');
      await expect(page.getByTestId('me-name').textContent()).resolves.toBe('Anouk Bakker');
      const facts = await page.locator('dl.facts').textContent();
      expect(facts).toContain('Beheerder stagebureau');
      expect(facts).toContain('Regio Assen-Beilen');
      await expectAccessible(page);
      await saveScreenshot(page, `login-account-${javaScriptEnabled ? 'js' : 'nojs'}`);
      await context.close();
    });

    test('when the password is wrong, then a Dutch error is shown and no session starts', async () => {
      const context = await newContext(browser, webUrl, { javaScriptEnabled });
      const page = await context.newPage();
      await logIn(page, 'bureau@demo.stagebureau.nl', 'dit-is-niet-het-wachtwoord');
      const alert = page.locator('.utrecht-alert--error');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('E-mailadres of wachtwoord klopt niet');
      expect(page.url()).toContain('/inloggen');
      const cookies = await context.cookies();
      expect(cookies.map((cookie) => cookie.name)).not.toContain('sb_access');
      await expectAccessible(page);
      await saveScreenshot(page, `login-wrong-password-${javaScriptEnabled ? 'js' : 'nojs'}`);
      await context.close();
    });
  });
}

test('when logged in, then the tokens are httpOnly cookies that page scripts cannot read', async () => {
  const context = await newContext(browser, webUrl);
  const page = await context.newPage();
  await logIn(page, 'hr@vanderveen.demo.nl');
  await page.waitForURL('**/bedrijf');
  const cookies = await context.cookies();
  const session = cookies.filter(
    (cookie) => cookie.name === 'sb_access' || cookie.name === 'sb_refresh',
  );
  expect(session).toHaveLength(2);
  for (const cookie of session) {
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
  }
  expect(await page.evaluate(() => document.cookie)).not.toContain('sb_access');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('link', { name: 'Inloggen' }).waitFor();
  const after = await context.cookies();
  expect(after.map((cookie) => cookie.name)).not.toContain('sb_refresh');
  await context.close();
});
