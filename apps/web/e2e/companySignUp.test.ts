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

/** Every page of the journey fits a 375 px phone and has no serious axe violations. */
async function checkPage(page: Page, screenshot?: string) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  if (screenshot) await saveScreenshot(page, screenshot);
}

const aPhone = async () => (await newContext(browser, webUrl, { width: 375 })).newPage();

test('when a new company registers on a phone and the bureau approves it, then its admin sets a password from the e-mail, invites a colleague and publishes an offer (375 px)', async () => {
  const stamp = Date.now();
  const company = `Techniek Noord ${stamp}`;
  const kvk = String(stamp).slice(-8);
  const admin = `eigenaar-${stamp}@techniek-noord.test`;
  const colleague = `collega-${stamp}@techniek-noord.test`;

  // 1. A visitor finds the sign-up form from the home page and gets a wrong KvK number back.
  const visitor = await aPhone();
  await visit(visitor, '/');
  await visitor.getByRole('link', { name: 'Bedrijf aanmelden' }).click();
  await visitor.waitForURL('**/aanmelden');
  await visitor.locator('body[data-hydrated]').waitFor();
  await visitor.getByLabel('Bedrijfsnaam').fill(company);
  await visitor.getByLabel('KvK-nummer').fill('1234');
  await visitor.getByLabel('Straat en huisnummer').fill('Industrieweg 7');
  await visitor.getByLabel('Postcode').fill('9401ab');
  await visitor.getByLabel('Plaats').fill('Assen');
  await visitor.getByRole('checkbox', { name: 'Energie' }).check();
  await visitor.getByLabel('Naam', { exact: true }).fill('Sanne Noord');
  await visitor.getByLabel('E-mailadres').fill(admin);
  await visitor.getByLabel('Telefoonnummer').fill('0592 112233');
  await visitor.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await visitor.getByText('Een KvK-nummer heeft 8 cijfers.').waitFor();
  await checkPage(visitor);

  await visitor.getByLabel('KvK-nummer').fill(kvk);
  await visitor.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await visitor.getByTestId('signup-done').getByText('Aanmelding ontvangen').waitFor();
  await checkPage(visitor, 'signup-received-375');
  await waitForMail(mailDir, admin, /heeft de aanmelding van/);
  await visitor.context().close();

  // 2. The bureau sees the registration and approves it.
  const bureau = await aPhone();
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL('**/bureau');
  await visit(bureau, '/bureau/organisaties');
  await visit(bureau, '/bureau/aanmeldingen');
  const card = bureau.locator(`[data-registration="${company}"]`);
  await card.getByText(admin).waitFor();
  // The demo's waiting registration shows the company it may duplicate; this one shows none.
  const demo = bureau.locator('[data-registration="Bouwbedrijf van der Veen B.V."]');
  await expect(demo.getByTestId('possible-duplicates').textContent()).resolves.toContain(
    'Bouwbedrijf Van der Veen',
  );
  await expect(card.getByTestId('possible-duplicates').count()).resolves.toBe(0);
  await checkPage(bureau);
  await card.getByRole('button', { name: /Goedkeuren/ }).click();
  await bureau.getByRole('status').getByText(`${company} is goedgekeurd`).waitFor();
  await expect(card.count()).resolves.toBe(0);

  // The bureau's own invitation form also starts from the least powerful role that fits.
  await visit(bureau, '/bureau/organisaties');
  const invite = bureau.locator('section', {
    has: bureau.getByRole('heading', { name: 'Gebruiker uitnodigen' }),
  });
  await expect(invite.getByLabel('Rol').inputValue()).resolves.toBe('bureau_staff');
  await invite.getByLabel('Organisatie').selectOption({ label: company });
  await expect(invite.getByLabel('Rol').inputValue()).resolves.toBe('company_member');
  await bureau.context().close();

  // 3. The new admin sets a password from the e-mailed link and logs in.
  const link = await mailedLink(mailDir, admin, /\/uitnodiging\//);
  const owner = await aPhone();
  await visit(owner, new URL(link).pathname);
  await owner.getByLabel('Je naam').fill('Sanne Noord');
  await owner.getByLabel('Wachtwoord').fill('een-heel-lang-wachtwoord');
  await owner.getByRole('button', { name: 'Account aanmaken' }).click();
  await owner.waitForURL('**/inloggen');
  await logIn(owner, admin, 'een-heel-lang-wachtwoord');
  await owner.waitForURL('**/bedrijf');

  // 4. The admin invites a colleague; the least powerful role is preselected.
  await visit(owner, '/bedrijf/collegas');
  await expect(owner.getByLabel('Rol').inputValue()).resolves.toBe('company_member');
  await owner.getByLabel('E-mailadres').fill(colleague);
  await owner.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await owner.getByRole('status').getByText(`Uitnodiging verstuurd naar ${colleague}`).waitFor();
  await owner.getByTestId('sent-invitations').getByText(colleague).waitFor();
  await checkPage(owner, 'signup-colleague-invited-375');
  expect(await mailedLink(mailDir, colleague, /\/uitnodiging\//)).toMatch(/\/uitnodiging\//);

  // 5. The admin publishes a first offer (a workshop needs no papers in the demo region).
  await visit(owner, '/bedrijf/aanbod/nieuw');
  await owner.getByLabel('Soort', { exact: true }).selectOption('workshop');
  await owner.getByLabel('Titel', { exact: true }).fill(`Workshop zonnepanelen ${stamp}`);
  await owner.getByLabel('Omschrijving').fill('Leerlingen leggen een zonnepaneel aan.');
  await owner.getByRole('checkbox', { name: 'vmbo-kb' }).check();
  await owner.getByLabel('Straat en huisnummer').fill('Industrieweg 7');
  await owner.getByLabel('Postcode').fill('9401ab');
  await owner.getByLabel('Plaats', { exact: true }).fill('Assen');
  await owner.getByLabel('Plaatsen per sessie').fill('20');
  await owner.getByRole('button', { name: 'Opslaan' }).click();
  await owner.waitForURL(/\/bedrijf\/aanbod\/[0-9a-f-]{36}$/);
  await owner.getByRole('button', { name: 'Publiceren' }).click();
  await owner.getByTestId('offer-status').getByText('Gepubliceerd').waitFor();
  await checkPage(owner, 'signup-offer-published-375');
  await owner.context().close();
});
