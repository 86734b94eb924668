import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession, apiAs } from './apiSetup';
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
const apiUrl = inject('apiUrl');
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

/** Fits a 375 px phone and has no serious axe violations. */
async function checkPage(page: Page) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
}

/** Books a session for one of the Nassau College's classes, straight through the API. */
async function bookForClass(className: string, title: string) {
  const { sessionId } = await aPublishedOfferWithSession(apiUrl, { title, seats: 30 });
  const coordinator = await apiAs(apiUrl, 'coordinator@nassau.demo.nl');
  const me = await coordinator.call<{ organisation: { id: string } }>('GET', '/me');
  const { items } = await coordinator.call<{ items: { id: string; name: string }[] }>(
    'GET',
    `/schools/${me.organisation.id}/classes`,
  );
  const classId = items.find((schoolClass) => schoolClass.name === className)!.id;
  const response = await fetch(`${apiUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${coordinator.token}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ sessionId, classId }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

test('when the coordinator assigns a class to the teacher, then she finds it under "Mijn klassen" first and her bookings list opens on her classes, with a way to all of them', async () => {
  // Ruben teaches 3BWI-a and 3PIE-b in the demo; 2K1 becomes his here, 4MVI stays a colleague's.
  const title = `Klas-${Date.now()}`;
  await bookForClass('2K1', `${title} voor 2K1`);
  await bookForClass('4MVI', `${title} voor 4MVI`);

  // The coordinator ticks the teacher on the class's form, without JavaScript, on a phone.
  const coordinator = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(coordinator, 'coordinator@nassau.demo.nl');
  await coordinator.waitForURL('**/school');
  await visit(coordinator, '/school/klassen');
  await coordinator.getByRole('link', { name: 'Wijzigen 2K1' }).click();
  await coordinator.getByRole('group', { name: 'Wie geeft deze klas les?' }).waitFor();
  await checkPage(coordinator);
  await saveScreenshot(coordinator, 'class-teachers-form-375-nojs');
  await coordinator.getByRole('checkbox', { name: 'Ruben Mulder' }).check();
  await coordinator.getByRole('button', { name: 'Opslaan' }).click();
  await coordinator.waitForURL('**/school/klassen');
  const row = coordinator.locator('main tr', { hasText: '2K1' });
  await expect(row.getByTestId('class-teachers').textContent()).resolves.toContain('Ruben Mulder');
  await checkPage(coordinator);
  await coordinator.context().close();

  // The teacher's dashboard opens with her classes and what comes next for each.
  const teacher = await (await newContext(browser, webUrl, { width: 375 })).newPage();
  await logIn(teacher, 'docent@nassau.demo.nl');
  await teacher.waitForURL('**/school');
  await expect(teacher.locator('main h2').first().textContent()).resolves.toBe('Mijn klassen');
  const mine = teacher.getByTestId('my-classes');
  const names = await mine.locator('h3').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['2K1', '3BWI-a', '3PIE-b']));
  expect(names).not.toContain('4MVI');
  await expect(mine.locator('li.card', { hasText: '2K1' }).textContent()).resolves.toContain(
    `${title} voor 2K1`,
  );
  await checkPage(teacher);
  await saveScreenshot(teacher, 'teacher-my-classes-375');

  // Her bookings list shows her classes; one link away, the whole school.
  await visit(teacher, '/school/boekingen');
  await expect(teacher.getByTestId('bookings-scope').textContent()).resolves.toContain('2K1');
  const list = teacher.locator('main table');
  await expect(list.textContent()).resolves.toContain(`${title} voor 2K1`);
  await expect(list.textContent()).resolves.not.toContain(`${title} voor 4MVI`);
  await checkPage(teacher);
  await saveScreenshot(teacher, 'teacher-bookings-mine-375');
  await teacher.getByRole('link', { name: 'Alle klassen van de school tonen' }).click();
  await teacher.getByRole('link', { name: 'Alleen mijn klassen tonen' }).waitFor();
  await expect(list.textContent()).resolves.toContain(`${title} voor 4MVI`);
  await checkPage(teacher);
  await teacher.context().close();
}, 120_000);
