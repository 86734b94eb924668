import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession, localDate } from './apiSetup';
import {
  demoPassword,
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
  followMenuLink,
} from './browser';
import { classOf } from './bureauSetup';
import { aPdf } from './pdf';

const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page of the journey: fits a 375 px phone and has no serious axe violations. */
async function checkPage(page: Page, screenshot?: string) {
  await expectNoHorizontalOverflow(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  if (screenshot) await saveScreenshot(page, screenshot);
}

const aPhone = async (javaScriptEnabled = true) =>
  (await newContext(browser, webUrl, { width: 375, javaScriptEnabled })).newPage();

/** The school books a class into the session straight through the API. */
async function book(email: string, sessionId: string, className: string) {
  const { classId } = await classOf(apiUrl, email, className);
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${apiUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${accessToken}`,
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ sessionId, classId }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

test('when a company uploads its insurance and a safety sheet for its visit and the bureau approves the insurance, then the school that booked the visit sees the company in order and downloads the sheet, and a school without a booking does not see it (375 px)', async () => {
  const stamp = Date.now();
  const title = `Rondleiding veilig werken ${stamp}`;
  const insuranceFile = `verzekering-${stamp}.pdf`;
  const sheetTitle = `Veiligheidsblad werkplaats ${stamp}`;
  const { offerId, sessionId } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 30,
    daysAhead: 175,
  });
  await book('coordinator@nassau.demo.nl', sessionId, '3BWI-a');

  // 1. The company opens its documents; a renamed executable is refused next to the form.
  const company = await aPhone();
  await logIn(company, 'hr@vanderveen.demo.nl');
  await company.waitForURL('**/bedrijf');
  await followMenuLink(company, 'Documenten');
  await company.waitForURL('**/bedrijf/documenten');
  await company.locator('body[data-hydrated]').waitFor();
  await checkPage(company);
  const upload = async (fileName: string, bytes: Buffer) => {
    await company.getByLabel('Soort document').selectOption('liability_insurance');
    await company.getByLabel('Geldig vanaf').fill(localDate(-30));
    await company.getByLabel('Geldig tot en met').fill(localDate(335));
    await company
      .getByLabel('Bestand', { exact: true })
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: bytes });
    await company.getByRole('button', { name: 'Uploaden' }).click();
  };
  const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(254)]);
  await upload(`polis-${stamp}.pdf`, executable);
  const refusal = company.getByTestId('form-refusal');
  await refusal.getByText('Dit soort bestand kan niet worden geüpload').first().waitFor();
  await expect(
    company.evaluate(() => document.activeElement?.getAttribute('data-testid')),
  ).resolves.toBe('form-refusal');
  await checkPage(company);

  // 2. A real PDF is taken and waits for the bureau.
  await upload(insuranceFile, aPdf(`Polis aansprakelijkheid ${stamp}`));
  await company
    .getByTestId('action-done')
    .getByText(/wacht op beoordeling/)
    .waitFor();
  const card = company.locator('[data-document-id]', { hasText: insuranceFile });
  await expect(card.getByTestId('document-status').textContent()).resolves.toBe(
    'Wacht op beoordeling',
  );
  await checkPage(company, 'compliance-company-uploaded-375');

  // 3. On its visit the company attaches a safety sheet for the schools that booked it.
  await visit(company, `/bedrijf/aanbod/${offerId}`);
  const attach = company.locator('form[action="?/attachMaterial"]');
  await attach.getByLabel('Titel', { exact: true }).fill(sheetTitle);
  await attach.getByLabel('Soort', { exact: true }).selectOption('safety_sheet');
  await attach.getByLabel('Wie mag het zien?').selectOption('booked_schools');
  await attach.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: `veiligheidsblad-${stamp}.pdf`,
    mimeType: 'application/pdf',
    buffer: aPdf(`Veiligheidsblad ${stamp}`),
  });
  await attach.getByRole('button', { name: 'Toevoegen' }).click();
  await company.getByTestId('action-done').getByText(sheetTitle).waitFor();
  const sheet = company.locator('[data-material-id]', { hasText: sheetTitle });
  await expect(sheet.getByTestId('visibility').textContent()).resolves.toContain(
    'Scholen die deelnemen',
  );
  const materialId = await sheet.getAttribute('data-material-id');
  await checkPage(company, 'compliance-company-sheet-375');

  // 4. The bureau approves the insurance from its queue, without JavaScript.
  const bureau = await aPhone(false);
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL((url) => url.pathname.startsWith('/bureau'));
  await followMenuLink(bureau, 'Documenten');
  await bureau.waitForURL('**/bureau/documenten');
  const queued = bureau.locator('[data-document-id]', { hasText: insuranceFile });
  await expect(queued.textContent()).resolves.toContain('Bouwbedrijf Van der Veen');
  await checkPage(bureau);
  await queued.getByRole('button', { name: /^Goedkeuren/ }).click();
  await bureau
    .getByTestId('action-done')
    .getByText('Aansprakelijkheidsverzekering van Bouwbedrijf Van der Veen is goedgekeurd.')
    .waitFor();
  await expect(
    bureau.locator('[data-document-id]', { hasText: insuranceFile }).count(),
  ).resolves.toBe(0);
  await checkPage(bureau, 'compliance-bureau-approved-375');

  await visit(company, '/bedrijf/documenten');
  await expect(
    company
      .locator('[data-document-id]', { hasText: insuranceFile })
      .getByTestId('document-status')
      .textContent(),
  ).resolves.toBe('Goedgekeurd');

  // 5. The school that booked sees the company in order and downloads the safety sheet.
  const school = await aPhone();
  await logIn(school, 'coordinator@nassau.demo.nl');
  await school.waitForURL('**/school');
  await visit(school, `/catalogus/${offerId}`);
  const overview = school.getByTestId('compliance-overview');
  await expect(overview.locator('[data-complete]').getAttribute('data-complete')).resolves.toBe(
    'true',
  );
  const states = await overview
    .locator('li[data-kind]')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-kind')}:${row.getAttribute('data-state')}`),
    );
  expect(states).toEqual(['liability_insurance:valid', 'safety_instructions:valid']);
  const offered = school.locator(`[data-material-id="${materialId}"]`);
  await offered.getByRole('heading', { name: sheetTitle }).waitFor();
  await checkPage(school, 'compliance-school-offer-375');

  const link = offered.getByRole('link', { name: /^Downloaden/ });
  const [download] = await Promise.all([school.waitForEvent('download'), link.click()]);
  expect(new URL(download.url()).origin).toBe(apiUrl);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain(`Veiligheidsblad ${stamp}`);
  // The same link, followed by hand: the file comes from the API as an attachment.
  const answer = await school.request.get(new URL((await link.getAttribute('href'))!, webUrl).href);
  expect(answer.status()).toBe(200);
  expect(answer.url().startsWith(`${apiUrl}/api/v1/files/`)).toBe(true);
  expect(answer.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(answer.headers()['x-content-type-options']).toBe('nosniff');
  expect((await answer.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // 6. A school without a booking sees the company's status, but not the sheet.
  const other = await aPhone();
  await logIn(other, 'coordinator@vangogh.demo.nl');
  await other.waitForURL('**/school');
  await visit(other, `/catalogus/${offerId}`);
  await other.getByTestId('compliance-overview').waitFor();
  await expect(other.locator(`[data-material-id="${materialId}"]`).count()).resolves.toBe(0);
  await expect(other.getByText(sheetTitle).count()).resolves.toBe(0);
  const refused = await other.request.get(`${webUrl}/bestanden/materiaal/${materialId}`, {
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(404);
  await checkPage(other);

  for (const page of [company, bureau, school, other]) await page.context().close();
}, 300_000);

test('when the bureau adds a link to the library, then a school without JavaScript finds it and the shared assignment by the start of a word, and a company sees only what is public (375 px)', async () => {
  const stamp = Date.now();
  const title = `Filmpje lasrobot ${stamp}`;

  const bureau = await aPhone();
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL((url) => url.pathname.startsWith('/bureau'));
  await followMenuLink(bureau, 'Bibliotheek');
  await bureau.waitForURL('**/bibliotheek');
  await bureau.locator('body[data-hydrated]').waitFor();
  const add = bureau.locator('form[action="?/attachMaterial"]');
  await add.getByLabel('Titel', { exact: true }).fill(title);
  await add.getByLabel('Soort', { exact: true }).selectOption('worksheet');
  await add.getByLabel('Wie mag het zien?').selectOption('public');
  await add.getByLabel('Link', { exact: true }).fill(`https://example.org/lasrobot-${stamp}`);
  await add.getByRole('button', { name: 'Toevoegen' }).click();
  await bureau.getByTestId('action-done').getByText(title).waitFor();
  await checkPage(bureau, 'library-bureau-added-375');

  const school = await aPhone(false);
  await logIn(school, 'coordinator@nassau.demo.nl');
  await school.waitForURL('**/school');
  await followMenuLink(school, 'Bibliotheek');
  await school.waitForURL('**/bibliotheek');
  await school.getByLabel('Zoeken', { exact: true }).fill('veil');
  await school.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await school.waitForURL('**/bibliotheek?q=veil**');
  const results = school.getByTestId('library-results');
  const assignment = results.locator('[data-material-id]', {
    hasText: 'Opdracht: veilig werken in de werkplaats',
  });
  await expect(assignment.textContent()).resolves.toContain('versie 2');
  await checkPage(school, 'library-school-search-375');
  const href = await assignment.getByRole('link', { name: /^Downloaden/ }).getAttribute('href');
  const file = await school.request.get(new URL(href!, webUrl).href);
  expect(file.headers()['content-disposition']).toMatch(/^attachment;/);
  expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // A kind filter leaves the assignment out; the bureau's link is found by its first letters.
  await school.getByLabel('Soort', { exact: true }).selectOption('worksheet');
  await school.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await school.waitForURL('**soort=worksheet**');
  await expect(
    results.locator('[data-material-id]', { hasText: 'Opdracht: veilig' }).count(),
  ).resolves.toBe(0);
  await visit(school, '/bibliotheek?q=lasrob');
  const link = results.getByRole('link', { name: `Open ${title}` });
  await expect(link.getAttribute('href')).resolves.toBe(`https://example.org/lasrobot-${stamp}`);
  await checkPage(school);

  const company = await aPhone();
  await logIn(company, 'hr@vanderveen.demo.nl');
  await company.waitForURL('**/bedrijf');
  await visit(company, '/bibliotheek');
  await company.getByRole('link', { name: `Open ${title}` }).waitFor();
  await expect(company.getByText('Opdracht: veilig werken in de werkplaats').count()).resolves.toBe(
    0,
  );
  await expect(company.locator('form[action="?/attachMaterial"]').count()).resolves.toBe(0);
  await checkPage(company);

  for (const page of [bureau, school, company]) await page.context().close();
}, 180_000);
