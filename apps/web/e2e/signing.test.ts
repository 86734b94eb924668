import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { schoolYearOfDate } from '@stagebureau/domain';
import { apiAs, localDate } from './apiSetup';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  launchBrowser,
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

async function checkPage(page: Page, screenshot?: string) {
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  if (screenshot) await saveScreenshot(page, screenshot);
}

/** A minor pupil of the demo school, proposed for a new place and accepted by the company. */
async function anAcceptedPlacement(stamp: number) {
  let period = { startsOn: localDate(21), endsOn: localDate(25) };
  if (schoolYearOfDate(period.startsOn) !== schoolYearOfDate(period.endsOn))
    period = { startsOn: localDate(35), endsOn: localDate(39) };
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const school = await apiAs(apiUrl, 'coordinator@nassau.demo.nl');
  const place = await company.call<{ id: string }>('POST', '/places', {
    type: 'internship',
    title: `Snuffelen in de werkplaats ${stamp}`,
    street: 'Industrieweg 1',
    postcode: '9401 AA',
    city: 'Assen',
    ...period,
    weekdays: [1, 2, 3, 4, 5],
    dayStarts: '08:30',
    dayEnds: '16:00',
    places: 1,
    supervisor: { name: 'Marieke van der Veen', email: 'hr@vanderveen.demo.nl', phone: null },
    whatToBring: 'Werkschoenen',
  });
  const me = await school.call<{ organisation: { id: string } }>('GET', '/me');
  const classes = await school.call<{ items: { id: string }[] }>(
    'GET',
    `/schools/${me.organisation.id}/classes`,
  );
  const pupil = await school.call<{ id: string }>('POST', '/pupils', {
    firstName: 'Noor',
    surname: `Visser-${stamp}`,
    classId: classes.items[0]!.id,
    isMinor: true,
    guardianEmail: `ouder.${stamp}@thuis.example`,
  });
  const proposed = await school.call<{ id: string }>('POST', '/placements', {
    placeId: place.id,
    participantId: pupil.id,
  });
  await company.call('POST', `/placements/${proposed.id}/accept`);
  /** The school's own links come back in the answer (the others only by e-mail). */
  const linkFor = async (party: 'school' | 'pupil') =>
    (
      await school.call<{ url: string }>(
        'POST',
        `/placements/${proposed.id}/signing-links/${party}`,
      )
    ).url;
  return { linkFor, surname: `Visser-${stamp}` };
}

test('when a pupil opens the signing link on a phone without JavaScript, then she reads the agreement, signs with her typed name and the link is spent (375 px)', async () => {
  const stamp = Date.now();
  const { linkFor, surname } = await anAcceptedPlacement(stamp);
  const url = await linkFor('pupil');
  expect(url.startsWith(`${webUrl}/ondertekenen/`)).toBe(true);

  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  await visit(page, url);
  await page.getByRole('heading', { name: 'Stageovereenkomst ondertekenen', level: 1 }).waitFor();
  await page.getByText('Je ondertekent als: de leerling').waitFor();
  await expect(page.getByTestId('agreement-text').textContent()).resolves.toContain(
    `Noor ${surname}, leerling van Dr. Nassau College Quintusschool`,
  );
  expect(page.url()).not.toContain('inloggen');
  await checkPage(page, 'signing-form-375');

  await page.getByLabel('Je volledige naam').fill(`Noor ${surname}`);
  await page.getByLabel(/Ik heb de overeenkomst gelezen en ga akkoord/).check();
  await page.getByRole('button', { name: 'Onderteken de overeenkomst' }).click();
  const done = page.getByTestId('signing-done');
  await done.getByText('Bedankt, je hebt de stageovereenkomst ondertekend.').waitFor();
  await expect(done.textContent()).resolves.toContain('als de leerling');
  await checkPage(page, 'signing-done-375');

  // The link works once: opened again it says so in plain Dutch.
  await visit(page, url);
  await page.getByTestId('signing-invalid').getByText('Deze link werkt niet (meer)').waitFor();
  await checkPage(page);
  await context.close();
});

test('when the school opens its own link with JavaScript and English chosen, then the page is in English and signing confirms', async () => {
  const { linkFor } = await anAcceptedPlacement(Date.now());
  const url = await linkFor('school');

  const context = await newContext(browser, webUrl, { width: 375 });
  await context.addCookies([{ name: 'sb_lang', value: 'en', url: webUrl }]);
  const page = await context.newPage();
  await visit(page, url);
  await page.getByRole('heading', { name: 'Sign the internship agreement', level: 1 }).waitFor();
  await page.getByText('You sign as: the school').waitFor();
  await checkPage(page);

  await page.getByLabel('Your full name').fill('M. Jansen');
  await page.getByLabel(/I have read the agreement and I agree/).check();
  await page.getByRole('button', { name: 'Sign the agreement' }).click();
  await page
    .getByTestId('signing-done')
    .getByText('Thank you, you have signed the internship agreement.')
    .waitFor();
  await context.close();

  // An unknown link, in Dutch by default.
  const fresh = await newContext(browser, webUrl, { width: 375 });
  const other = await fresh.newPage();
  await visit(other, '/ondertekenen/bestaat-niet');
  await other.getByText('Deze link werkt niet (meer)').waitFor();
  await fresh.close();
});
