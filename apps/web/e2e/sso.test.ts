import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestProvider, type TestProvider } from '../../api/test/oidcProvider';
import { expectAccessible, launchBrowser, newContext, saveScreenshot, visit } from './browser';
import { startStack, type Stack } from './stack';

// Its own stack: the demo region gets a real OpenID provider (oidc-provider on a random port),
// which the shared stack's journeys must not see on their login page.
const region = 'assen-beilen';
const coordinator = { email: 'coordinator@nassau.demo.nl', name: 'Femke Jansen' };
let stack: Stack;
let provider: TestProvider;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack({
    apiEnv: async ({ webUrl }) => {
      provider = await startTestProvider(`${webUrl}/inloggen/sso/terug`);
      return { SSO_PROVIDERS: provider.configFor(region, 'Test-IdP') };
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await provider?.close();
});

test('when a region has SSO, then a coordinator logs in at the provider and lands on their dashboard', async () => {
  provider.addAccount({ subject: 'femke-at-idp', email: coordinator.email, emailVerified: true });
  const context = await newContext(browser, stack.webUrl);
  const page = await context.newPage();
  await visit(page, '/inloggen');
  const button = page.getByRole('link', { name: 'Inloggen met Test-IdP' });
  await expectAccessible(page);
  await saveScreenshot(page, 'login-sso-button');
  await button.click();

  // The provider's own login form, on its own origin.
  await page.waitForURL(`${provider.issuer}/interaction/**`);
  await page.locator('input[name=login]').fill('femke-at-idp');
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  await page.waitForURL(`${stack.webUrl}/school`);
  await expect(page.locator('.site-header').textContent()).resolves.toContain(coordinator.name);
  const cookies = await context.cookies();
  const session = cookies.filter((cookie) => cookie.name.startsWith('sb_'));
  expect(session.map((cookie) => cookie.name).sort()).toEqual(
    expect.arrayContaining(['sb_access', 'sb_refresh']),
  );
  expect(session.every((cookie) => cookie.httpOnly)).toBe(true);
  await context.close();
});

test('when the provider has not verified the e-mail, then the login page says so in Dutch', async () => {
  provider.addAccount({
    subject: 'joris-unverified',
    email: 'coordinator@vangogh.demo.nl',
    emailVerified: false,
  });
  const context = await newContext(browser, stack.webUrl);
  const page = await context.newPage();
  await visit(page, '/inloggen');
  await page.getByRole('link', { name: 'Inloggen met Test-IdP' }).click();
  await page.waitForURL(`${provider.issuer}/interaction/**`);
  await page.locator('input[name=login]').fill('joris-unverified');
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  await page.waitForURL(`${stack.webUrl}/inloggen?**`);
  const alert = page.locator('.utrecht-alert--error');
  await expect(alert.textContent()).resolves.toContain(
    'e-mailadres is bij de identiteitsprovider niet bevestigd',
  );
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain('sb_access');
  await context.close();
});
