import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { schoolYearOfDate } from '@stagebureau/domain';
import { apiAs, localDate } from './apiSetup';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
  logIn,
  newContext,
  saveScreenshot,
  visit,
  followMenuLink,
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

/** Every page of the journey: usable on a phone and free of serious axe violations. */
async function checkPage(page: Page, screenshot?: string) {
  await expectNoHorizontalOverflow(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  if (screenshot) await saveScreenshot(page, screenshot);
}

/** A week's period a few weeks ahead, within one school year (a place may not span two). */
function aPeriodAhead(): { startsOn: string; endsOn: string } {
  for (const start of [21, 35]) {
    const period = { startsOn: localDate(start), endsOn: localDate(start + 11) };
    if (schoolYearOfDate(period.startsOn) === schoolYearOfDate(period.endsOn)) return period;
  }
  throw new Error('no period within one school year');
}

/** The line at the top of the content after an action; with JavaScript it has the focus. */
async function expectDone(page: Page, text: RegExp | string, focused: boolean) {
  const notice = page.getByTestId('action-done');
  await notice.getByText(text).waitFor();
  if (focused)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('action-done');
}

test('when a company publishes a place, the school registers a pupil and proposes her, and the company accepts, then the school sees it accepted with the signatures to come (375 px)', async () => {
  const stamp = Date.now();
  const title = `Monteur installatietechniek ${stamp}`;
  const surname = `Bakker-${stamp}`;
  const period = aPeriodAhead();

  // The company writes the place on a phone; a period in the past is refused next to the field.
  const company = await newContext(browser, webUrl, { width: 375 });
  const companyPage = await company.newPage();
  await logIn(companyPage, 'hr@vanderveen.demo.nl');
  await companyPage.waitForURL('**/bedrijf');
  await followMenuLink(companyPage, 'Stageplaatsen');
  await companyPage.waitForURL('**/bedrijf/stageplaatsen');
  await checkPage(companyPage);
  await companyPage.getByRole('link', { name: 'Nieuwe stageplaats' }).click();
  await companyPage.waitForURL('**/bedrijf/stageplaatsen/nieuw');
  await companyPage.locator('body[data-hydrated]').waitFor();
  // The supervisor starts as the logged-in user, the workplace as the company's address.
  await expect(companyPage.getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe(
    'Marieke van der Veen',
  );
  await expect(companyPage.getByLabel('Plaats', { exact: true }).inputValue()).resolves.toBe(
    'Assen',
  );
  await companyPage.getByRole('radio', { name: /^Stage \(BPV\)/ }).check();
  await companyPage.getByLabel('Titel', { exact: true }).fill(title);
  await companyPage
    .getByLabel('Omschrijving')
    .fill('Meewerken met een monteur aan cv-ketels en warmtepompen.');
  await companyPage.getByLabel('vmbo-kb', { exact: true }).check();
  await companyPage.getByLabel('Eerste dag').fill(localDate(-7));
  await companyPage.getByLabel('Laatste dag').fill(period.endsOn);
  await companyPage.getByLabel('Aantal plaatsen').fill('1');
  await companyPage.getByLabel('Wat moet de stagiair meenemen?').fill('Werkschoenen en een pen.');
  await checkPage(companyPage);
  await companyPage.getByRole('button', { name: 'Stageplaats publiceren' }).click();
  const startsOn = companyPage.locator('.field', { has: companyPage.getByLabel('Eerste dag') });
  await startsOn.getByText('De periode kan niet in het verleden beginnen.').waitFor();
  // The error is said once, next to the form, not in a toast as well.
  await expect(companyPage.locator('.toast').count()).resolves.toBe(0);
  await checkPage(companyPage);
  await companyPage.getByLabel('Eerste dag').fill(period.startsOn);
  await companyPage.getByRole('button', { name: 'Stageplaats publiceren' }).click();
  await companyPage.waitForURL(/\/bedrijf\/stageplaatsen\?gepubliceerd=/);
  await expectDone(companyPage, `Stageplaats “${title}” is gepubliceerd.`, true);
  const placeId = new URL(companyPage.url()).searchParams.get('gepubliceerd')!;
  const placeCard = companyPage.locator(`[data-place-id="${placeId}"]`);
  await expect(placeCard.getByTestId('free-places').textContent()).resolves.toBe(
    '1 van 1 plaatsen vrij',
  );
  await checkPage(companyPage, 'place-published-company-375');

  // The coordinator registers a minor pupil without JavaScript: the guardian's e-mail is needed.
  const school = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const schoolPage = await school.newPage();
  await logIn(schoolPage, 'coordinator@nassau.demo.nl');
  await schoolPage.waitForURL('**/school');
  await followMenuLink(schoolPage, 'Stages');
  await schoolPage.waitForURL('**/school/stages');
  await schoolPage.getByRole('link', { name: 'Matchingsronde' }).waitFor();
  await checkPage(schoolPage);
  await schoolPage.getByRole('link', { name: /^Leerlingen \(\d+\)$/ }).click();
  await schoolPage.waitForURL('**/school/stages/leerlingen');
  await checkPage(schoolPage);
  await schoolPage.getByLabel('Voornaam').fill('Sanne');
  await schoolPage.getByLabel('Achternaam').fill(surname);
  const classSelect = schoolPage.getByLabel('Klas', { exact: true });
  const option = classSelect.locator('option', { hasText: '4MVI' });
  await classSelect.selectOption(await option.getAttribute('value'));
  await schoolPage.getByLabel('Ja, jonger dan 18').check();
  await schoolPage.getByRole('button', { name: 'Registreren' }).click();
  const guardian = schoolPage.locator('.field', {
    has: schoolPage.getByLabel('E-mailadres ouder of verzorger'),
  });
  await guardian.getByText(/e-mailadres van een ouder of verzorger nodig/).waitFor();
  await expect(schoolPage.getByLabel('Achternaam').inputValue()).resolves.toBe(surname);
  await checkPage(schoolPage);
  await schoolPage.getByLabel('E-mailadres ouder of verzorger').fill('ouder.bakker@example.nl');
  await schoolPage.getByRole('button', { name: 'Registreren' }).click();
  await expectDone(schoolPage, `Sanne ${surname} is geregistreerd.`, false);
  const pupilCard = schoolPage.locator('[data-pupil-id]', { hasText: surname });
  await expect(pupilCard.textContent()).resolves.toContain('4MVI');
  await expect(pupilCard.textContent()).resolves.toContain('ouder.bakker@example.nl');
  // An access request: everything held on her, as a download.
  const exportHref = await pupilCard
    .getByRole('link', { name: /Gegevens downloaden/ })
    .getAttribute('href');
  const exported = await schoolPage.request.get(new URL(exportHref!, schoolPage.url()).href);
  expect(exported.headers()['content-disposition']).toContain('attachment');
  expect(
    ((await exported.json()) as { participant: { surname: string } }).participant.surname,
  ).toBe(surname);
  await checkPage(schoolPage, 'pupils-school-375-nojs');

  // On the board, the school proposes her for the company's place.
  await visit(schoolPage, '/school/stages');
  const board = schoolPage.locator(`[data-place-id="${placeId}"]`);
  await expect(board.textContent()).resolves.toContain('Bouwbedrijf Van der Veen');
  const pupilSelect = board.getByLabel('Leerling', { exact: true });
  const pupilOption = pupilSelect.locator('option', { hasText: surname });
  await pupilSelect.selectOption(await pupilOption.getAttribute('value'));
  await board.getByRole('button', { name: /Voorstellen/ }).click();
  await expectDone(schoolPage, `Sanne ${surname} is voorgesteld voor “${title}”.`, false);
  const proposed = schoolPage.locator('[data-placement-id]', { hasText: title });
  await expect(proposed.getByTestId('placement-phase').textContent()).resolves.toBe('Voorgesteld');
  // The place is taken now: it left the board.
  await expect(schoolPage.locator(`[data-place-id="${placeId}"]`).count()).resolves.toBe(0);
  await checkPage(schoolPage);

  // The company sees the proposal by pseudonym, and accepts it.
  await visit(companyPage, '/bedrijf/stageplaatsen');
  const incoming = companyPage.locator('[data-placement-id]', { hasText: title });
  await expect(incoming.textContent()).resolves.toContain('Dr. Nassau College Quintusschool');
  await expect(incoming.textContent()).resolves.not.toContain(surname);
  await checkPage(companyPage);
  await incoming.getByRole('button', { name: /Accepteren/ }).click();
  await expectDone(companyPage, /geaccepteerd/, true);
  const hosted = companyPage.locator('[data-placement-id]', { hasText: title });
  await expect(hosted.getAttribute('data-phase')).resolves.toBe('accepted');
  // From acceptance the host company knows the pupil's name.
  await expect(hosted.textContent()).resolves.toContain(`Sanne ${surname}`);
  await checkPage(companyPage, 'placement-accepted-company-375');

  // The school sees it accepted, who still has to sign, and the agreement.
  await visit(schoolPage, '/school/stages');
  const accepted = schoolPage.locator('[data-placement-id]', { hasText: title });
  await expect(accepted.getByTestId('placement-phase').textContent()).resolves.toBe('Geaccepteerd');
  const signatures = accepted.getByTestId('signatures');
  await expect(signatures.textContent()).resolves.toContain('Ondertekening');
  const parties = await signatures
    .locator('[data-party]')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-party')}:${row.getAttribute('data-signed')}`),
    );
  // A minor: school, company, pupil and a guardian sign; nobody has yet.
  expect(parties).toEqual(['school:false', 'company:false', 'pupil:false', 'guardian:false']);
  await expect(signatures.innerText()).resolves.toContain('0 van 4 handtekeningen');
  await expect(signatures.locator('[data-party="guardian"]').innerText()).resolves.toContain(
    'Ouder of verzorger: nog niet getekend',
  );
  const agreement = accepted.getByRole('link', { name: /Stageovereenkomst \(pdf\)/ });
  const href = await agreement.getAttribute('href');
  const pdfUrl = new URL(href!, schoolPage.url());
  expect(pdfUrl.pathname).toMatch(
    /^\/school\/stages\/plaatsing\/[0-9a-f-]{36}\/overeenkomst\.pdf$/,
  );
  const pdf = await schoolPage.request.get(pdfUrl.href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  await checkPage(schoolPage, 'placement-accepted-school-375-nojs');

  await company.close();
  await school.close();
}, 240_000);

test('when a teacher picks a teacher-internship place, then it is hers, waiting for the company (375 px)', async () => {
  const title = `Docentenstage werkvoorbereiding ${Date.now()}`;
  const period = aPeriodAhead();
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const place = await company.call<{ id: string }>('POST', '/places', {
    type: 'teacher_internship',
    title,
    street: 'Industrieweg 12',
    postcode: '9403 AB',
    city: 'Assen',
    ...period,
    weekdays: [2],
    dayStarts: '09:00',
    dayEnds: '15:00',
    places: 1,
    supervisor: { name: 'Marieke van der Veen', email: 'hr@vanderveen.demo.nl', phone: null },
  });

  const teacher = await newContext(browser, webUrl, { width: 375 });
  const page = await teacher.newPage();
  await logIn(page, 'docent@nassau.demo.nl');
  await page.waitForURL('**/school');
  await followMenuLink(page, 'Docentenstage');
  await page.waitForURL('**/school/docentenstage');
  await page.locator('body[data-hydrated]').waitFor();
  await checkPage(page);
  const card = page.locator(`[data-place-id="${place.id}"]`);
  await card.getByRole('button', { name: /Ik wil deze stage/ }).click();
  await expectDone(page, `Je hebt je aangemeld voor “${title}”.`, true);
  const mine = page.locator('[data-placement-id]', { hasText: title });
  await expect(mine.getByTestId('placement-phase').textContent()).resolves.toBe('Voorgesteld');
  await expect(mine.textContent()).resolves.toContain('Ruben Mulder');
  // Asked once: the place no longer offers the button.
  await expect(card.getByRole('button', { name: /Ik wil deze stage/ }).count()).resolves.toBe(0);
  await checkPage(page, 'teacher-internship-375');

  // The same page in English, with the page's language said to the browser.
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Teacher internship' }).waitFor();
  await visit(page, '/school/docentenstage');
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(mine.getByTestId('placement-phase').textContent()).resolves.toBe('Proposed');
  await checkPage(page);
  await teacher.close();
}, 120_000);
