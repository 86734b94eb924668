import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession } from './apiSetup';
import { demoPassword, launchBrowser, newContext, visit } from './browser';

/** The web app's own defences: CSRF on form actions, session cookies, escaping. */
const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const postLoginForm = (origin: string) =>
  fetch(`${webUrl}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ email: 'hr@vanderveen.demo.nl', password: demoPassword }),
  });

test('when a form is posted from another origin, then it is refused before the action runs', async () => {
  const crossSite = await postLoginForm('https://evil.example');
  expect(crossSite.status).toBe(403);
  expect(crossSite.headers.getSetCookie()).toEqual([]);
  // The same form from the app's own origin is accepted: the refusal is about the origin.
  const sameSite = await postLoginForm(new URL(webUrl).origin);
  expect(sameSite.status).toBeLessThan(400);
  expect(sameSite.headers.getSetCookie().length).toBeGreaterThan(0);
});

test('when someone logs in, then the session cookies are httpOnly and SameSite', async () => {
  const response = await postLoginForm(new URL(webUrl).origin);
  const cookies = response.headers.getSetCookie();
  const session = cookies.filter((cookie) => !/^sb_flash|flash/i.test(cookie));
  expect(session.length).toBeGreaterThanOrEqual(2);
  for (const cookie of session) {
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  }
});

test('when an offer title holds markup, then the page shows it as text and runs nothing', async () => {
  const title = `<img src=x onerror="window.__xss='img'"><script>window.__xss='script'</script>`;
  const { offerId } = await aPublishedOfferWithSession(apiUrl, { title, seats: 20 });
  const context = await newContext(browser, webUrl);
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await visit(page, `/catalogus/${offerId}`);
  await page.getByText('<img src=x onerror=', { exact: false }).first().waitFor();
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  await context.close();
});

test('when any page is served, then it carries security headers against framing, sniffing and referrer leaks', async () => {
  const response = await fetch(`${webUrl}/`);
  const csp = response.headers.get('content-security-policy') ?? '';
  const frameAncestorsNone = /frame-ancestors 'none'/.test(csp);
  const frameOptions = response.headers.get('x-frame-options') ?? '';
  expect(frameAncestorsNone || /deny/i.test(frameOptions)).toBe(true);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toMatch(/no-referrer|strict-origin|same-origin/);
});
