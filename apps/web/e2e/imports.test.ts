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

/** DUO's real header of "02.-alle-vestigingen-vo.csv" (see ../shared/data). */
const header =
  'PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;ONDERWIJSSTRUCTUUR;STRAATNAAM CORRESPONDENTIEADRES;HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES;POSTCODE CORRESPONDENTIEADRES;PLAATSNAAM CORRESPONDENTIEADRES;NODAAL GEBIED CODE;NODAAL GEBIED NAAM;RPA-GEBIED CODE;RPA-GEBIED NAAM;WGR-GEBIED CODE;WGR-GEBIED NAAM;COROPGEBIED CODE;COROPGEBIED NAAM;ONDERWIJSGEBIED CODE;ONDERWIJSGEBIED NAAM;RMC-REGIO CODE;RMC-REGIO NAAM;VAKANTIEREGIO';

/** A school code of this run only (2 digits, 2 letters), so the journey starts from nothing. */
const brin = `9${Math.floor(Math.random() * 10)}${String.fromCharCode(
  65 + Math.floor(Math.random() * 26),
)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;

function row(code: string, name: string, street: string, postcode: string) {
  return `Drenthe;10053;${brin};${brin}${code};${name};${street};2;${postcode};ASSEN;0106;ASSEN;Openbaar; ; ;PRO;${street};2;${postcode};ASSEN;11;Assen;03;Centraal-Groningen;07;Noord- en Midden-Drenthe;07;Noord-Drenthe;04;Assen-Hoogeveen-Emmen;07;Noord- en Midden Drenthe;Noord`;
}

function csv(thirdPostcode: string) {
  const lines = [
    header,
    row('00', 'Importschool Assen', 'Zwartwatersweg', '9406 NN'),
    row('01', 'Importschool Assen Bosrand', 'Bosrand', '9401 SL'),
    row('02', 'Importschool Assen Noord', 'Noorderstraat', thirdPostcode),
  ];
  return {
    name: '02.-alle-vestigingen-vo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
  };
}

async function preview(page: Page, file: ReturnType<typeof csv>) {
  await page.getByLabel('DUO: alle vestigingen vo').check();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
}

async function apply(page: Page, file: ReturnType<typeof csv>) {
  await page.getByLabel('Hetzelfde bestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
}

const total = (page: Page, outcome: string) =>
  page.getByTestId('import-totals').locator(`[data-outcome="${outcome}"] dd`).textContent();

test('when the bureau admin imports DUO locations, then a bad row is shown by its line, a good file is applied once, and applying it again changes nothing (375 px, without JavaScript)', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await visit(page, '/bureau/import');
  await page.getByRole('heading', { name: 'Gegevens inlezen' }).waitFor();
  await checkPage(page, 'imports-choose-375');

  // A file with a bad postcode on its fourth line: the error by line, and no way to apply.
  await preview(page, csv('ABCD'));
  await expect(total(page, 'error')).resolves.toBe('1');
  const errorRow = page.getByTestId('import-rows').locator('tr[data-outcome="error"]');
  await expect(errorRow.locator('td').first().textContent()).resolves.toBe('4');
  await expect(errorRow.textContent()).resolves.toContain('POSTCODE');
  await expect(
    page.getByTestId('import-rows').locator('tbody tr').first().getAttribute('data-outcome'),
  ).resolves.toBe('error');
  await expect(page.getByRole('button', { name: 'Inlezen', exact: true }).count()).resolves.toBe(0);
  await checkPage(page, 'imports-preview-errors-375');

  // The corrected file: three new locations in the preview, then applied.
  const good = csv('9401 AA');
  await preview(page, good);
  await expect(total(page, 'create')).resolves.toBe('3');
  await expect(total(page, 'error')).resolves.toBe('0');
  await checkPage(page, 'imports-preview-375');
  await apply(page, good);
  const done = page.getByTestId('import-applied');
  await expect(done.textContent()).resolves.toContain('3 nieuw');
  await checkPage(page, 'imports-applied-375');

  // The same file again: previewed as unchanged, applied, nothing changed.
  await preview(page, good);
  await expect(total(page, 'unchanged')).resolves.toBe('3');
  await apply(page, good);
  await expect(done.textContent()).resolves.toContain('0 nieuw, 0 bijgewerkt, 3 ongewijzigd');
  await expect(done.textContent()).resolves.toContain('Er is niets veranderd');

  // A file that is not DUO's: the API's refusal as a Dutch sentence naming the columns.
  await page.getByLabel('DUO: alle vestigingen vo').check();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({
    name: 'lijst.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('NAAM;PLAATS\r\nA;B\r\n'),
  });
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const refusal = page.getByTestId('import-refusal');
  await expect(refusal.textContent()).resolves.toContain('Deze kolommen ontbreken: ');
  await expect(refusal.textContent()).resolves.toContain('VAKANTIEREGIO');

  // The shipped holidays need no file: the demo region has them already.
  await page.getByLabel('Meegeleverde schoolvakanties 2025–2028').check();
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await expect(page.getByLabel('Hetzelfde bestand').count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
  await expect(done.textContent()).resolves.toContain('Er is niets veranderd');

  // The applies are in the audit log.
  await page.getByRole('link', { name: 'Bekijk de vastlegging in de auditlog' }).click();
  await expect(
    page.locator('tr[data-audit-action="import.apply"]').count(),
  ).resolves.toBeGreaterThanOrEqual(3);
  await checkPage(page, 'imports-audit-375');
});

test('when a bureau employee who is not the admin opens the import page, then it says only the admin may import and offers no form', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'medewerker@demo.stagebureau.nl');
  await visit(page, '/bureau/import');
  await page.getByText('Alleen de beheerder van het stagebureau kan gegevens inlezen.').waitFor();
  await expect(page.getByRole('button', { name: 'Voorbeeld bekijken' }).count()).resolves.toBe(0);
});

test('when a school coordinator imports classes from a CSV, then a repeated class is shown in Dutch by its line, the good file is applied once, and again changes nothing (375 px, without JavaScript)', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'coordinator@nassau.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, '/school/klassen');
  await page.getByRole('link', { name: 'Klassen inlezen uit een bestand' }).click();
  await page.getByRole('heading', { name: 'Klassen inlezen' }).waitFor();
  const example = await page.getByRole('link', { name: /^Voorbeeld: / }).getAttribute('href');
  const header = await (await page.context().request.get(new URL(example!, webUrl).href)).text();
  expect(header.trim()).toBe('naam;niveau;leerjaar;profiel;grootte;locatie');
  await checkPage(page, 'imports-classes-choose-375');

  // Class names of this run only, so the journey starts from nothing.
  const run = Math.random().toString(36).slice(2, 6).toUpperCase();
  const classes = (...rows: string[]) => ({
    name: 'klassen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${[header.trim(), ...rows].join('\r\n')}\r\n`),
  });
  const previewClasses = async (file: ReturnType<typeof classes>) => {
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  };

  await previewClasses(classes(`I${run}-a;havo;4;;26;`, `i${run}-A;havo;4;;27;`));
  await expect(total(page, 'error')).resolves.toBe('1');
  const errorRow = page.getByTestId('import-rows').locator('tr[data-outcome="error"]');
  await expect(errorRow.locator('td').first().textContent()).resolves.toBe('3');
  await expect(errorRow.textContent()).resolves.toContain(
    'staat al eerder in het bestand (regel 2)',
  );
  await checkPage(page, 'imports-classes-errors-375');

  const good = classes(`I${run}-a;havo;4;;26;`, `I${run}-b;vmbo-kb;3;BWI;22;`);
  await previewClasses(good);
  await expect(total(page, 'create')).resolves.toBe('2');
  await apply(page, good);
  const done = page.getByTestId('import-applied');
  await expect(done.textContent()).resolves.toContain('2 nieuw');

  await previewClasses(good);
  await expect(total(page, 'unchanged')).resolves.toBe('2');
  await apply(page, good);
  await expect(done.textContent()).resolves.toContain('Er is niets veranderd');

  await visit(page, '/school/klassen');
  await expect(page.locator('main table').textContent()).resolves.toContain(`I${run}-b`);
});

test('when the bureau admin previews classes without choosing a school, then the form asks for one; with a school, the preview shows the classes to create', async () => {
  const page = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(page, 'bureau@demo.stagebureau.nl');
  await visit(page, '/bureau/import');
  const file = {
    name: 'klassen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('naam;niveau;leerjaar;profiel;grootte;locatie\r\nB1;havo;1;;25;\r\n'),
  };
  await page.getByLabel('Klassen van een school (CSV of Excel)').check();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await page.getByText('Kies de school waarvan je de klassen inleest.').waitFor();

  await page.getByLabel('Klassen van een school (CSV of Excel)').check();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
  await page.getByLabel('School (alleen voor klassen)').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await expect(total(page, 'create')).resolves.toBe('1');
  await expect(page.locator('main').textContent()).resolves.toContain('School: ');
  await checkPage(page, 'imports-bureau-classes-375');
});
