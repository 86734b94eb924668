import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIResponse, Browser, Page } from 'playwright-core';
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

async function checkPage(page: Page, screenshot: string) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, screenshot);
}

/** The PDF as poppler's pdftotext reads it, whitespace collapsed. */
async function pdfText(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'certificate-')), 'certificate.pdf');
  writeFileSync(file, await response.body());
  return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function certificateOf(page: Page, link: string) {
  const href = await page.getByRole('link', { name: link }).first().getAttribute('href');
  return pdfText(await page.request.get(new URL(href!, page.url()).href));
}

test("when the bureau awards this year's leerbedrijf van het jaar, then it prints the certificate, and the public sees last year's badge (375 px, without JavaScript)", async () => {
  // A visitor sees last year's title (demo data) over the catalogue and on the company's offers.
  const visitor = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await visit(visitor, '/catalogus');
  await expect(visitor.getByTestId('company-of-the-year').textContent()).resolves.toContain(
    'Bouwbedrijf Van der Veen',
  );
  await expect(visitor.getByTestId('recognition-badge').count()).resolves.toBeGreaterThan(0);
  await checkPage(visitor, 'recognition-catalogue-375');

  // The bureau reads the ranking with its criteria and awards this year's title.
  const bureau = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL('**/bureau');
  await visit(bureau, '/bureau/erkenning');
  await bureau.getByRole('heading', { name: 'Zo telt de score' }).waitFor();
  const first = bureau.locator('tr[data-candidate]').first();
  const company = (await first.getAttribute('data-candidate'))!;
  await expect(first.locator('td').first().textContent()).resolves.toBe('1');
  await bureau.getByLabel('Bedrijf', { exact: true }).selectOption({ index: 0 });
  await bureau
    .getByLabel('Motivering (komt op het certificaat)')
    .fill('Het hele jaar open deuren voor elke klas.');
  await bureau.getByRole('button', { name: 'Titel toekennen' }).click();
  await bureau.getByRole('status').getByText(`${company} is leerbedrijf van het jaar`).waitFor();
  await expect(bureau.getByTestId('award').textContent()).resolves.toContain(company);
  await checkPage(bureau, 'recognition-awarded-375');
  const text = await certificateOf(bureau, 'Certificaat (pdf)');
  expect(text).toContain('Leerbedrijf van het jaar');
  expect(text).toContain(company);
  expect(text).toContain('Het hele jaar open deuren voor elke klas.');

  // Withdrawn again, so the demo's title for this year stays the bureau's to give.
  await bureau.locator('summary', { hasText: 'Toekenning intrekken' }).click();
  await bureau.getByRole('button', { name: 'Toekenning intrekken' }).click();
  await bureau.getByRole('status').getByText('De toekenning is ingetrokken.').waitFor();
  await expect(bureau.getByTestId('award').count()).resolves.toBe(0);

  // Last year's company finds its own certificate on its dashboard.
  const winner = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(winner, 'hr@vanderveen.demo.nl');
  await winner.waitForURL('**/bedrijf');
  await winner.getByTestId('own-award').waitFor();
  await expect(certificateOf(winner, 'Certificaat (pdf)')).resolves.toContain(
    'Bouwbedrijf Van der Veen',
  );
});
