import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Role } from '@stagebureau/domain';
import { navigationFor } from '../src/lib/navigation';
import { expectAccessible, launchBrowser, logIn, newContext, visit } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** How far a page sticks out past a 375 px phone, with the widest culprit named. */
const overflowOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const excess = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (excess <= 0) return null;
    let widest = '';
    let right = 0;
    for (const element of Array.from(document.querySelectorAll('main *'))) {
      const box = element.getBoundingClientRect();
      if (box.right > right && getComputedStyle(element).position !== 'absolute') {
        right = box.right;
        widest = `${element.tagName.toLowerCase()}.${element.className}`;
      }
    }
    return `${excess} px too wide (widest: ${widest})`;
  });

const people: { email: string; role: Role }[] = [
  { email: 'coordinator@nassau.demo.nl', role: 'school_coordinator' },
  { email: 'hr@vanderveen.demo.nl', role: 'company_admin' },
  { email: 'bureau@demo.stagebureau.nl', role: 'bureau_admin' },
];

for (const person of people) {
  test(`when a ${person.role} opens every page of the menu on a 375 px phone, then none is wider than the screen and axe finds nothing`, async () => {
    const page = await (await newContext(browser, webUrl, { width: 375 })).newPage();
    await logIn(page, person.email);
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    const paths = [...navigationFor(person.role).map((item) => item.href), '/inbox', '/account'];
    const wide: Record<string, string> = {};
    for (const path of paths) {
      await visit(page, path);
      const overflow = await overflowOf(page);
      if (overflow) wide[path] = overflow;
      await expectAccessible(page);
    }
    expect(wide).toEqual({});
    await page.context().close();
  }, 240_000);
}
