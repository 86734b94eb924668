import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { schoolYearOfDate } from '@stagebureau/domain';
import { localDate } from './apiSetup';
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
import { mailedLink, waitForMail } from './mailbox';

const webUrl = inject('webUrl');
const mailDir = inject('mailDir');
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

/** A phone of its own for each person, logged out. */
const aPhone = async () => (await newContext(browser, webUrl, { width: 375 })).newPage();

/** Two weeks a few weeks ahead, within one school year (a place may not span two). */
function aPeriodAhead(): { startsOn: string; endsOn: string } {
  for (const start of [21, 35]) {
    const period = { startsOn: localDate(start), endsOn: localDate(start + 11) };
    if (schoolYearOfDate(period.startsOn) === schoolYearOfDate(period.endsOn)) return period;
  }
  throw new Error('no period within one school year');
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "30 uur", "7,5 uur" → a number. */
const hoursOf = (text: string | null) =>
  Number(
    /([\d.,]+)/
      .exec(text ?? '')![1]!
      .replace(/\./g, '')
      .replace(',', '.'),
  );

/** Opens a signing link from an e-mail on a phone and signs it with a typed name. */
async function signFromMail(link: string, as: string, typedName: string, shot: string) {
  expect(link.startsWith(`${webUrl}/ondertekenen/`)).toBe(true);
  const page = await aPhone();
  await visit(page, link);
  await page.getByRole('heading', { name: 'Stageovereenkomst ondertekenen', level: 1 }).waitFor();
  await page.getByText(`Je ondertekent als: ${as}`).waitFor();
  expect(page.url()).not.toContain('inloggen');
  await checkPage(page);
  await page.getByLabel('Je volledige naam').fill(typedName);
  await page.getByLabel(/Ik heb de overeenkomst gelezen en ga akkoord/).check();
  await page.getByRole('button', { name: 'Onderteken de overeenkomst' }).click();
  const done = page.getByTestId('signing-done');
  await done.getByText('Bedankt, je hebt de stageovereenkomst ondertekend.').waitFor();
  await expect(done.textContent()).resolves.toContain(`als ${as}`);
  await checkPage(page, shot);
  const text = (await done.textContent()) ?? '';
  await page.context().close();
  return text;
}

test('when a company publishes a place, the school proposes a minor pupil, the company accepts and every party signs from its own e-mail, then the school sees the agreement signed; and when a supervisor confirms a week from the e-mail, then the school sees the hours grow (375 px)', async () => {
  const stamp = Date.now();
  const title = `Stage elektrotechniek ${stamp}`;
  const firstName = 'Sanne';
  const surname = `de Vries-${stamp}`;
  const supervisorEmail = `begeleider.${stamp}@vanderveen.demo.nl`;
  const guardianEmail = `ouder.${stamp}@thuis.example`;
  const coordinator = 'coordinator@nassau.demo.nl';
  const period = aPeriodAhead();

  // 1. The company publishes a place on a phone, with its own supervisor.
  const companyPage = await aPhone();
  await logIn(companyPage, 'hr@vanderveen.demo.nl');
  await companyPage.waitForURL('**/bedrijf');
  await checkPage(companyPage);
  await followMenuLink(companyPage, 'Stageplaatsen');
  await companyPage.waitForURL('**/bedrijf/stageplaatsen');
  await checkPage(companyPage);
  await companyPage.getByRole('link', { name: 'Nieuwe stageplaats' }).click();
  await companyPage.waitForURL('**/bedrijf/stageplaatsen/nieuw');
  await companyPage.locator('body[data-hydrated]').waitFor();
  await companyPage.getByRole('radio', { name: /^Stage \(BPV\)/ }).check();
  await companyPage.getByLabel('Titel', { exact: true }).fill(title);
  await companyPage
    .getByLabel('Omschrijving')
    .fill('Meewerken aan schakelkasten en het aansluiten van laadpalen.');
  await companyPage.getByLabel('vmbo-kb', { exact: true }).check();
  await companyPage.getByLabel('Eerste dag').fill(period.startsOn);
  await companyPage.getByLabel('Laatste dag').fill(period.endsOn);
  await companyPage.getByLabel('Aantal plaatsen').fill('1');
  const supervisor = companyPage.getByRole('group', { name: 'Praktijkbegeleider' });
  await supervisor.getByLabel('Naam', { exact: true }).fill('Joris Smit');
  await supervisor.getByLabel('E-mailadres', { exact: true }).fill(supervisorEmail);
  await companyPage.getByLabel('Wat moet de stagiair meenemen?').fill('Werkschoenen.');
  await checkPage(companyPage);
  await companyPage.getByRole('button', { name: 'Stageplaats publiceren' }).click();
  await companyPage.waitForURL(/\/bedrijf\/stageplaatsen\?gepubliceerd=/);
  await companyPage.getByTestId('action-done').getByText(`Stageplaats “${title}”`).waitFor();
  const placeId = new URL(companyPage.url()).searchParams.get('gepubliceerd')!;
  await checkPage(companyPage);

  // 2. The coordinator registers a minor pupil, with her guardian's e-mail, and proposes her.
  const schoolPage = await aPhone();
  await logIn(schoolPage, coordinator);
  await schoolPage.waitForURL('**/school');
  await checkPage(schoolPage);
  await followMenuLink(schoolPage, 'Stages');
  await schoolPage.waitForURL('**/school/stages');
  await checkPage(schoolPage);
  await schoolPage.getByRole('link', { name: /^Leerlingen \(\d+\)$/ }).click();
  await schoolPage.waitForURL('**/school/stages/leerlingen');
  await schoolPage.locator('body[data-hydrated]').waitFor();
  await checkPage(schoolPage);
  await schoolPage.getByLabel('Voornaam').fill(firstName);
  await schoolPage.getByLabel('Achternaam').fill(surname);
  const classSelect = schoolPage.getByLabel('Klas', { exact: true });
  const classOption = classSelect.locator('option', { hasText: '4MVI' });
  await classSelect.selectOption(await classOption.getAttribute('value'));
  await schoolPage.getByLabel('Ja, jonger dan 18').check();
  await schoolPage.getByLabel('E-mailadres ouder of verzorger').fill(guardianEmail);
  await schoolPage.getByRole('button', { name: 'Registreren' }).click();
  await schoolPage.getByTestId('action-done').getByText(`${firstName} ${surname}`).waitFor();
  await checkPage(schoolPage);

  await visit(schoolPage, '/school/stages');
  const board = schoolPage.locator(`[data-place-id="${placeId}"]`);
  const pupilSelect = board.getByLabel('Leerling', { exact: true });
  const pupilOption = pupilSelect.locator('option', { hasText: surname });
  await pupilSelect.selectOption(await pupilOption.getAttribute('value'));
  await board.getByRole('button', { name: /Voorstellen/ }).click();
  await schoolPage
    .getByTestId('action-done')
    .getByText(/is voorgesteld voor/)
    .waitFor();
  const card = schoolPage.locator('[data-placement-id]', { hasText: title });
  await expect(card.getByTestId('placement-phase').textContent()).resolves.toBe('Voorgesteld');
  await checkPage(schoolPage);

  // 3. The company accepts: the agreement is made and each party's link is mailed.
  await visit(companyPage, '/bedrijf/stageplaatsen');
  const incoming = companyPage.locator('[data-placement-id]', { hasText: title });
  await checkPage(companyPage);
  await incoming.getByRole('button', { name: /Accepteren/ }).click();
  await companyPage
    .getByTestId('action-done')
    .getByText(/geaccepteerd/)
    .waitFor();
  await expect(
    companyPage.locator('[data-placement-id]', { hasText: title }).getAttribute('data-phase'),
  ).resolves.toBe('accepted');
  await checkPage(companyPage);

  // 4. Each party follows the link in its own e-mail and signs on its phone, without an account.
  // The school's and the pupil's links both go to the coordinator, who hands the pupil hers.
  const about = escaped(title);
  const forParty = (as: string) => new RegExp(`${about}[\\s\\S]*Ondertekenen als: ${as}`);
  await signFromMail(
    await mailedLink(mailDir, coordinator, forParty('de school')),
    'de school',
    'Femke Jansen',
    'journey-signed-school-375',
  );
  await signFromMail(
    await mailedLink(mailDir, coordinator, forParty('de leerling')),
    'de leerling',
    `${firstName} ${surname}`,
    'journey-signed-pupil-375',
  );
  await signFromMail(
    await mailedLink(mailDir, supervisorEmail, forParty('het leerbedrijf')),
    'het leerbedrijf',
    'Joris Smit',
    'journey-signed-company-375',
  );
  const last = await signFromMail(
    await mailedLink(mailDir, guardianEmail, forParty('ouder of verzorger')),
    'ouder of verzorger',
    'Karin de Vries',
    'journey-signed-guardian-375',
  );
  expect(last).toContain('Iedereen heeft nu getekend');

  // 5. The school sees the agreement signed by all four, is told so, and the PDF is there.
  await waitForMail(
    mailDir,
    coordinator,
    new RegExp(`Alle partijen hebben de stageovereenkomst voor ${about} ondertekend`),
  );
  await visit(schoolPage, '/school/stages');
  const signed = schoolPage.locator('[data-placement-id]', { hasText: title });
  await expect(signed.getByTestId('placement-phase').textContent()).resolves.toBe('Ondertekend');
  const signatures = signed.getByTestId('signatures');
  await expect(signatures.innerText()).resolves.toContain('4 van 4 handtekeningen');
  const parties = await signatures
    .locator('[data-party]')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.getAttribute('data-party')}:${row.getAttribute('data-signed')}`),
    );
  expect(parties).toEqual(['school:true', 'company:true', 'pupil:true', 'guardian:true']);
  await expect(signatures.locator('[data-party="guardian"]').innerText()).resolves.toMatch(
    /Ouder of verzorger: getekend op /,
  );
  const href = await signed
    .getByRole('link', { name: /Stageovereenkomst \(pdf\)/ })
    .getAttribute('href');
  const pdf = await schoolPage.request.get(new URL(href!, schoolPage.url()).href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await checkPage(schoolPage, 'journey-signed-school-board-375');

  // 6. The first confirmed week. The placement above starts weeks from now (a place cannot
  // start in the past and the API's clock is real), so none of its weeks can have ended yet.
  // The journey goes on with the demo's running placement instead — Noor Bakker of the same
  // school at Energiepark Drenthe, in its third week: week one confirmed, week two's one-click
  // link mailed to the supervisor when the demo data was made and sent once the API started.
  const running = 'Stage installatietechniek zonnepark';
  await visit(schoolPage, '/school/stages');
  const noor = schoolPage.locator('[data-placement-id]', { hasText: running }).filter({
    hasText: 'Noor Bakker',
  });
  await expect(noor.getByTestId('placement-phase').textContent()).resolves.toBe('Loopt');
  const before = hoursOf(await noor.getByTestId('confirmed-hours').textContent());
  expect(before).toBeGreaterThan(0);

  const weekLink = await mailedLink(
    mailDir,
    'ilse.kramer@energiepark.demo.nl',
    new RegExp(`Wil je bevestigen op welke dagen de stagiair van ${escaped(running)} er was`),
  );
  expect(weekLink.startsWith(`${webUrl}/aanwezigheid/`)).toBe(true);
  const supervisorPage = await aPhone();
  await visit(supervisorPage, weekLink);
  await supervisorPage
    .getByRole('heading', { name: 'Aanwezigheid bevestigen', level: 1 })
    .waitFor();
  // The supervisor reads the pupil's first name and initial only.
  await supervisorPage
    .getByText(`Noor B. loopt stage bij Energiepark Drenthe: ${running}.`)
    .waitFor();
  // Every working day starts ticked: one click confirms the week.
  const days = supervisorPage.getByRole('checkbox');
  const dayCount = await days.count();
  expect(dayCount).toBeGreaterThan(0);
  for (let day = 0; day < dayCount; day += 1)
    await expect(days.nth(day).isChecked()).resolves.toBe(true);
  await checkPage(supervisorPage);
  await supervisorPage.getByRole('button', { name: 'Bevestigen' }).click();
  const confirmed = supervisorPage.getByTestId('attendance-done');
  await confirmed.getByText('Bedankt, de aanwezigheid is bevestigd.').waitFor();
  const summary = (await confirmed.textContent()) ?? '';
  expect(summary).toContain(`${dayCount} dagen aanwezig`);
  const weekHours = hoursOf(/aanwezig, ([\d.,]+) uur/.exec(summary)?.[1] ?? null);
  expect(weekHours).toBeGreaterThan(0);
  await checkPage(supervisorPage, 'journey-week-confirmed-375');
  // The link worked once.
  await visit(supervisorPage, weekLink);
  await supervisorPage.getByTestId('attendance-invalid').waitFor();
  await checkPage(supervisorPage);
  await supervisorPage.context().close();

  // The school sees two weeks' hours where it saw one.
  await visit(schoolPage, '/school/stages');
  const after = hoursOf(await noor.getByTestId('confirmed-hours').textContent());
  expect(after).toBe(before + weekHours);
  await checkPage(schoolPage, 'journey-week-confirmed-school-375');

  await companyPage.context().close();
  await schoolPage.context().close();
}, 300_000);
