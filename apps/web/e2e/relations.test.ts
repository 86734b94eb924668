import type { Browser, Page } from 'playwright-core';
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

test('when the bureau adds a contact, logs a moment and adds a follow-up for itself, then it shows in Mijn actiepunten and can be marked done (375 px, without JavaScript)', async () => {
  const stamp = Date.now().toString(36);
  const contactName = `Sanne Kok ${stamp}`;
  const task = `Offerte stageplaatsen nabellen ${stamp}`;
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'medewerker@demo.stagebureau.nl');
  await visit(page, '/bureau/organisaties?kind=company&q=Metaalwerken');
  await page.getByRole('link', { name: 'Metaalwerken Assen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Relatie met Metaalwerken Assen' }).waitFor();
  await checkPage(page, 'relations-company-375');

  // A contact, the company's first: made primary.
  const add = page.getByTestId('add-contact');
  await add.getByLabel('Naam', { exact: true }).fill(contactName);
  await add.getByLabel('Functie', { exact: true }).fill('Opleidingscoördinator');
  await add.getByLabel('E-mailadres').fill(`sanne.${stamp}@metaalwerken.demo.nl`);
  await add.getByLabel('Eerste contactpersoon').check();
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByTestId('action-done').getByText(contactName).waitFor();
  const contact = page.locator('[data-contact-id]', { hasText: contactName });
  await contact.getByText('Eerste contactpersoon').waitFor();

  // A phone call with that contact.
  const log = page.getByTestId('log-moment');
  await log.getByLabel('Soort').selectOption('call');
  await log.getByLabel('Contactpersoon').selectOption({ label: contactName });
  await log.getByLabel('Notities').fill(`Belt terug over twee stageplaatsen (${stamp})`);
  await log.getByRole('button', { name: 'Vastleggen' }).click();
  await page.getByTestId('action-done').getByText('Het contactmoment is vastgelegd.').waitFor();
  const moment = page.locator('[data-moment-id]', { hasText: stamp });
  await expect(moment.textContent()).resolves.toContain(contactName);

  // A follow-up for the staff member, due today.
  const followUp = page.getByTestId('add-follow-up');
  await followUp.getByLabel('Wat moet er gebeuren?').fill(task);
  await followUp.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByTestId('action-done').getByText('Het actiepunt is toegevoegd.').waitFor();
  await page.locator('[data-follow-up-id]', { hasText: task }).waitFor();
  await checkPage(page, 'relations-company-filled-375');

  // Mijn actiepunten: the demo's overdue one first, then today's.
  await visit(page, '/bureau/actiepunten');
  await page.getByRole('heading', { level: 1, name: 'Mijn actiepunten' }).waitFor();
  const rows = page.locator('[data-follow-up-id]');
  await expect(rows.first().getAttribute('data-status')).resolves.toBe('overdue');
  const mine = rows.filter({ hasText: task });
  await expect(mine.getAttribute('data-status')).resolves.toBe('due');
  await expect(mine.textContent()).resolves.toContain('Metaalwerken Assen');
  await checkPage(page, 'relations-my-follow-ups-375');

  await mine.getByRole('button', { name: /^Afgerond/ }).click();
  await page.getByTestId('action-done').getByText('Het actiepunt is afgerond.').waitFor();
  expect(await page.locator('[data-follow-up-id]', { hasText: task }).count()).toBe(0);
  await page.getByRole('button', { name: 'Afgeronde actiepunten' }).click();
  await page.locator('[data-follow-up-id][data-status="done"]', { hasText: task }).waitFor();
});

test('when a school coordinator logs a visit and a follow-up at a company, then only their school’s moments show and it lands in their actiepunten (375 px, without JavaScript)', async () => {
  const stamp = Date.now().toString(36);
  const task = `Rondleiding klas 3 plannen ${stamp}`;
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await visit(page, '/school/actiepunten');
  await page.getByRole('heading', { level: 1, name: 'Mijn actiepunten' }).waitFor();
  await checkPage(page, 'relations-school-follow-ups-375');
  await page.getByRole('link', { name: 'Contact met een bedrijf vastleggen' }).click();
  await page.getByRole('link', { name: 'Bouwbedrijf Van der Veen' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Relatie met Bouwbedrijf Van der Veen' })
    .waitFor();
  // The demo's school call shows; the bureau's own visit notes do not.
  await page.getByText('Bouwplaatsbezoek voor klas 3 besproken').waitFor();
  expect(await page.getByText('Kennismaking op de bouwplaats').count()).toBe(0);

  const log = page.getByTestId('log-moment');
  await log.getByLabel('Soort').selectOption('visit');
  await log.getByLabel('Notities').fill(`Bezoek op locatie (${stamp})`);
  await log.getByRole('button', { name: 'Vastleggen' }).click();
  await page.getByTestId('action-done').getByText('Het contactmoment is vastgelegd.').waitFor();
  await page.locator('[data-moment-id]', { hasText: stamp }).waitFor();

  const followUp = page.getByTestId('add-follow-up');
  await followUp.getByLabel('Wat moet er gebeuren?').fill(task);
  await followUp
    .getByLabel('Wie pakt het op?')
    .selectOption({ label: 'Femke Jansen (Dr. Nassau College Quintusschool)' });
  await followUp.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByTestId('action-done').getByText('Het actiepunt is toegevoegd.').waitFor();
  await checkPage(page, 'relations-school-company-375');

  await visit(page, '/school/actiepunten');
  await page.locator('[data-follow-up-id]', { hasText: task }).waitFor();
});
