import type { Browser } from 'playwright-core';
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

for (const javaScriptEnabled of [true, false]) {
  test(`when the bureau opens a page on a phone ${javaScriptEnabled ? 'with' : 'without'} JavaScript, then the menu is one line that opens, and on a laptop it is the row of links`, async () => {
    const context = await newContext(browser, webUrl, { width: 375, javaScriptEnabled });
    const page = await context.newPage();
    await logIn(page, 'bureau@demo.stagebureau.nl');
    await page.waitForURL('**/bureau');
    const menu = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const conflicts = menu.getByRole('link', { name: /^Conflicten/ });
    // Sixteen links folded away: the header is two short lines, not a third of the screen.
    expect(await conflicts.isVisible()).toBe(false);
    await saveScreenshot(page, `menu-375-${javaScriptEnabled ? 'js' : 'nojs'}`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(140);
    await expect(menu.locator('summary').textContent()).resolves.toMatch(/Menu\s*· Overzicht/);
    await menu.locator('summary').click();
    await conflicts.click();
    await page.waitForURL('**/bureau/conflicten');
    await expect(menu.locator('summary').textContent()).resolves.toContain('Conflicten');
    expect(await menu.getByRole('link', { name: 'Overzicht' }).isVisible()).toBe(false);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await menu.locator('summary').isVisible()).toBe(false);
    expect(await menu.getByRole('link', { name: 'Overzicht' }).isVisible()).toBe(true);
    await context.close();
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`when a login is refused ${javaScriptEnabled ? 'with' : 'without'} JavaScript, then the refusal is said once, next to the form, and has the focus`, async () => {
    const context = await newContext(browser, webUrl, { width: 375, javaScriptEnabled });
    const page = await context.newPage();
    await logIn(page, 'bureau@demo.stagebureau.nl', 'dit-is-niet-het-wachtwoord');
    const refusal = page.getByRole('alert').filter({ hasText: 'klopt niet' });
    await refusal.waitFor();
    expect(await refusal.count()).toBe(1);
    expect(await page.getByText('klopt niet').count()).toBe(1);
    await expect(refusal.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await context.close();
  });
}
