import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { en } from '../src/lib/i18n/en';
import { nl } from '../src/lib/i18n/nl';
import {
  demoPassword,
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
  newContext,
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

/**
 * Dutch phrases of the interface that English says differently: several words long, so demo data
 * (Dutch names, titles, descriptions) cannot contain one by chance, and without placeholders.
 */
const dutchOnly = Object.entries(nl)
  .filter(([key, text]) => {
    const english = (en as Record<string, string>)[key];
    const phrase = text.length >= 16 && text.includes(' ') && !text.includes('{');
    return phrase && english !== undefined && english !== text;
  })
  .map(([, text]) => text);

/** Logs in through the English form (the language cookie is set before the first page). */
async function logInInEnglish(page: Page, email: string) {
  await visit(page, '/inloggen');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Every page the role's menu links to, English, on a phone, readable. */
async function walkTheMenu(page: Page) {
  const menu = page.getByRole('navigation', { name: en['a11y.mainNav'] });
  const hrefs = await menu
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  const seen: string[] = [];
  for (const href of new Set(hrefs)) {
    await visit(page, href);
    expect(await page.getAttribute('html', 'lang'), href).toBe('en');
    const text = await page.locator('body').innerText();
    const dutch = dutchOnly.filter((sentence) => text.includes(sentence));
    expect(dutch, `Dutch interface text on ${href}`).toEqual([]);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    seen.push(href);
  }
  return seen;
}

const roles = [
  { role: 'school coordinator', email: 'coordinator@nassau.demo.nl', home: '/school' },
  { role: 'teacher', email: 'docent@nassau.demo.nl', home: '/school' },
  { role: 'company admin', email: 'hr@vanderveen.demo.nl', home: '/bedrijf' },
  { role: 'bureau', email: 'bureau@demo.stagebureau.nl', home: '/bureau' },
];

for (const { role, email, home } of roles) {
  test(`when a ${role} works in English on a phone, then every page of the menu says lang="en", shows no Dutch interface text, fits and passes axe`, async () => {
    const context = await newContext(browser, webUrl, { width: 375 });
    await context.addCookies([{ name: 'sb_lang', value: 'en', url: webUrl }]);
    const page = await context.newPage();
    await logInInEnglish(page, email);
    await page.waitForURL(`**${home}`);
    const seen = await walkTheMenu(page);
    expect(seen).toContain(home);
    await context.close();
  }, 240_000);
}
