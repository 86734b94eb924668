import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, logIn, newContext, visit } from './browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('when a teacher opens the classes, then she reads them without the forms only the coordinator may use; the coordinator has them', async () => {
  const teacher = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await logIn(teacher, 'docent@nassau.demo.nl');
  await teacher.waitForURL('**/school');
  await visit(teacher, '/school/klassen');
  await expect(teacher.locator('main table').textContent()).resolves.toContain('3BWI-a');
  await teacher.getByTestId('classes-read-only').waitFor();
  expect(await teacher.getByRole('button', { name: 'Klas toevoegen' }).count()).toBe(0);
  expect(await teacher.getByRole('link', { name: /^Wijzigen/ }).count()).toBe(0);
  await teacher.context().close();

  const coordinator = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await logIn(coordinator, 'coordinator@nassau.demo.nl');
  await coordinator.waitForURL('**/school');
  await visit(coordinator, '/school/klassen');
  await coordinator.getByRole('button', { name: 'Klas toevoegen' }).waitFor();
  expect(await coordinator.getByRole('link', { name: /^Wijzigen/ }).count()).toBeGreaterThan(0);
  expect(await coordinator.getByTestId('classes-read-only').count()).toBe(0);
  await coordinator.context().close();
});
