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

const placeTitle = 'Stage installatietechniek zonnepark';

test('when the company adds a worksheet to its internship place and then opens it to every school, then a school without a pupil there finds it on the place page (375 px, without JavaScript)', async () => {
  const stamp = Date.now().toString(36);
  const title = `Werkblad omvormers ${stamp}`;
  const company = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(company, 'contact@energiepark.demo.nl');
  await visit(company, '/bedrijf/stageplaatsen');
  await company.locator('[data-place-id]').getByRole('link', { name: placeTitle }).first().click();
  await company.getByRole('heading', { level: 1, name: placeTitle }).waitFor();
  const placeUrl = company.url();
  const placeId = placeUrl.split('/').pop()!;
  // The demo's booklet and film are there, each with who may see it.
  await company.locator('[data-material-id]', { hasText: 'Stageboekje zonnepark' }).waitFor();

  // A link, for the placed pupils' schools first.
  const attach = company.locator('form[action="?/attachMaterial"]');
  await attach.getByLabel('Titel', { exact: true }).fill(title);
  await attach.getByLabel('Soort', { exact: true }).selectOption('worksheet');
  await attach.getByLabel('Wie mag het zien?').selectOption('booked_schools');
  await attach.getByLabel('Link', { exact: true }).fill(`https://www.example.org/${stamp}`);
  await attach.getByRole('button', { name: 'Toevoegen' }).click();
  await company.getByTestId('action-done').getByText(title).waitFor();
  const card = company.locator('[data-material-id]', { hasText: title });
  await expect(card.getByTestId('visibility').textContent()).resolves.toContain(
    'Scholen die deelnemen',
  );
  await checkPage(company, 'place-materials-company-375');

  const school = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(school, 'coordinator@vangogh.demo.nl');
  await visit(school, `/school/stages/plaats/${placeId}`);
  await school.getByRole('heading', { level: 1, name: placeTitle }).waitFor();
  await school.locator('[data-material-id]', { hasText: 'Veiligheidsfilm zonnepark' }).waitFor();
  expect(await school.locator('[data-material-id]', { hasText: title }).count()).toBe(0);
  expect(
    await school.locator('[data-material-id]', { hasText: 'Stageboekje zonnepark' }).count(),
  ).toBe(0);

  // The company opens it to every school and renames it, in the material's own form.
  const change = card.locator('details.change');
  await change.locator('summary').click();
  await change.getByLabel('Titel', { exact: true }).fill(`${title} (nieuw)`);
  await change.getByLabel('Wie mag het zien?').selectOption('public');
  await change.getByRole('button', { name: /^Opslaan/ }).click();
  await company.getByTestId('action-done').getByText(`${title} (nieuw)`).waitFor();

  await school.reload();
  await school.locator('[data-material-id]', { hasText: `${title} (nieuw)` }).waitFor();
  await checkPage(school, 'place-materials-school-375');
  await school.context().close();
  await company.context().close();
});
