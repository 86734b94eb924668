import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './stack';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsDir = join(repoRoot, 'apps/web/test-results');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Debian's Chromium, headless; never a downloaded browser build. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const withoutScripts = new WeakSet<BrowserContext>();

export async function newContext(
  browser: Browser,
  webUrl: string,
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: webUrl,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  if (options.javaScriptEnabled === false) withoutScripts.add(context);
  return context;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

type AxeWindow = {
  axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
};

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as AxeWindow).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
}

/**
 * A page without JavaScript cannot run axe, so its HTML (scripts removed) is served again at
 * the same address to a scripted page of the same origin, with the same styles.
 */
async function scriptedCopy(page: Page): Promise<{ copy: Page; close: () => Promise<void> }> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const browser = page.context().browser()!;
  const context = await browser.newContext({ viewport: page.viewportSize() });
  const copy = await context.newPage();
  const url = page.url();
  await copy.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await copy.goto(url);
  return { copy, close: () => context.close() };
}

/** Runs axe-core in the page; serious and critical violations fail the journey. */
export async function expectAccessible(page: Page): Promise<void> {
  let violations: AxeViolation[];
  if (!withoutScripts.has(page.context())) violations = await axeViolations(page);
  else {
    const { copy, close } = await scriptedCopy(page);
    violations = await axeViolations(copy).finally(close);
  }
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length) {
    const lines = blocking.map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    throw new Error(`Accessibility violations on ${page.url()}:\n${lines.join('\n')}`);
  }
}

/** The journey's last screen, for a person to look at (git-ignored). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
}

export const demoPassword = 'Welkom-bij-stagebureau-2026';

/** Opens a page and, with JavaScript on, waits until it is hydrated (so typing is not lost). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (!withoutScripts.has(page.context())) await page.locator('body[data-hydrated]').waitFor();
}

export async function logIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await visit(page, '/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Opens the main menu where a phone folds it into one line (a `<details>`), so its links can be
 * clicked; on a wide window, or when it is open already, nothing is clicked.
 */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).locator('details');
  const summary = menu.locator('summary');
  const open = await menu.evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open && (await summary.isVisible())) await summary.click();
}

/** Follows a link of the main menu by its exact name, opening the menu first on a phone. */
export async function followMenuLink(page: Page, name: string): Promise<void> {
  await openMenu(page);
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Fails when the page scrolls sideways (a phone at 375 px must not need to). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (scroll > client)
    throw new Error(`${page.url()} overflows sideways: ${scroll}px wide in a ${client}px window`);
}
