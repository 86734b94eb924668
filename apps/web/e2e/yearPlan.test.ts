import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { schoolYearOf } from '@stagebureau/domain';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { aPublishedOfferWithSession, apiAs, localDate } from './apiSetup';
import {
  expectAccessible,
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

/** Nothing sticks out sideways: the page is no wider than the 375 px viewport. */
const expectNoHorizontalOverflow = async (page: Page) =>
  expect(
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).resolves.toBeLessThanOrEqual(0);

test('when a company opens its year plan at 375 px without JavaScript, then its session is in its month, the totals show, and print and iCal work', async () => {
  const title = 'Rondleiding voor de jaarplanning';
  const daysAhead = 40;
  const { sessionId, startsAt } = await aPublishedOfferWithSession(apiUrl, {
    title,
    seats: 20,
    daysAhead,
  });
  const schoolYear = schoolYearOf(startsAt);
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(startsAt)
    .slice(0, 7);

  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  await logIn(page, 'hr@vanderveen.demo.nl');
  await page.waitForURL('**/bedrijf');
  await followMenuLink(page, 'Jaarplanning');
  await page.waitForURL('**/bedrijf/jaarplanning');
  await page.getByRole('heading', { level: 1, name: /Jaarplanning/ }).waitFor();

  // The selector works as a plain GET form.
  await page.getByLabel('Schooljaar', { exact: true }).selectOption(schoolYear);
  await page.getByRole('button', { name: 'Tonen' }).click();
  await page.waitForURL(`**/bedrijf/jaarplanning?schooljaar=${schoolYear}`);
  const section = page.locator(`section[data-month="${month}"]`);
  await expect(section.textContent()).resolves.toContain(title);
  await expect(page.locator('section[data-month]').count()).resolves.toBe(12);
  const totalItems = Number(await page.getByTestId('year-plan-total-items').textContent());
  expect(totalItems).toBeGreaterThan(0);
  await expect(page.getByTestId('year-plan-total-hours').textContent()).resolves.toMatch(/uur/);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, 'company-year-plan-375-nojs');

  // iCal: the same number of events as the page lists, the session among them.
  const icsHref = await page
    .getByRole('link', { name: 'Download als iCal (.ics)' })
    .getAttribute('href');
  const answer = await page.request.get(icsHref!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await answer.text()));
  const uids = calendar
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('uid')));
  expect(uids).toHaveLength(totalItems);
  expect(uids).toContain(`session-${sessionId}@stagebureau.nl`);

  // "Afdrukken" is a plain link to the print layout: no site navigation, the same plan.
  await page.getByRole('link', { name: 'Afdrukken' }).click();
  await page.waitForURL(/print=1/);
  await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
  await expect(section.textContent()).resolves.toContain(title);
  await expect(page.getByRole('button', { name: 'Nu afdrukken' }).isVisible()).resolves.toBe(false);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, 'company-year-plan-print');
  await context.close();
});

test('when a school opens its year plan at 375 px, then its classes’ bookings show by month without overflow and the print link opens the print layout', async () => {
  const context = await newContext(browser, webUrl, { width: 375 });
  const page = await context.newPage();
  await logIn(page, 'coordinator@csgbeilen.demo.nl');
  await page.waitForURL('**/school');
  await visit(page, '/school/jaarplanning');
  await page.getByRole('heading', { level: 1, name: /Jaarplanning/ }).waitFor();
  await expect(page.locator('section[data-month]').count()).resolves.toBe(12);
  await page.getByTestId('year-plan-total-items').waitFor();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Afdrukken' }).click();
  await page.waitForURL(/print=1/);
  await page.getByRole('button', { name: 'Nu afdrukken' }).waitFor();
  await expectAccessible(page);
  await saveScreenshot(page, 'school-year-plan-print');
  await context.close();
});

test('when a teacher has asked for a company’s teacher-internship place, then the company’s year plan lists the placement with who and status, no name, at 375 px', async () => {
  const title = `Docentenstage in de jaarplanning ${Date.now()}`;
  const day = localDate(45);
  const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const company = await apiAs(apiUrl, 'hr@vanderveen.demo.nl');
  const place = await company.call<{ id: string }>('POST', '/places', {
    type: 'teacher_internship',
    title,
    street: 'Industrieweg 12',
    postcode: '9403 AB',
    city: 'Assen',
    startsOn: day,
    endsOn: day,
    weekdays: [weekday],
    dayStarts: '09:00',
    dayEnds: '15:00',
    places: 1,
    supervisor: { name: 'Marieke van der Veen', email: 'hr@vanderveen.demo.nl', phone: null },
  });
  const teacher = await apiAs(apiUrl, 'docent@nassau.demo.nl');
  const placement = await teacher.call<{ id: string }>('POST', '/placements/self', {
    placeId: place.id,
  });
  const schoolYear = schoolYearOf(new Date(`${day}T12:00:00Z`));

  const context = await newContext(browser, webUrl, { javaScriptEnabled: false, width: 375 });
  const page = await context.newPage();
  await logIn(page, 'hr@vanderveen.demo.nl');
  await page.waitForURL('**/bedrijf');
  await visit(page, `/bedrijf/jaarplanning?schooljaar=${schoolYear}`);
  const item = page.locator('li.item', { hasText: title });
  await expect(item.textContent()).resolves.toMatch(/docent van .+ \(docentenstage\)/);
  await expect(item.textContent()).resolves.toContain('09:00–15:00 (1 dag)');
  await expect(
    item.locator('[data-placement-status]').getAttribute('data-placement-status'),
  ).resolves.toBe('proposed');
  await expect(item.textContent()).resolves.not.toContain('Ruben');
  expect(
    Number(await page.getByTestId('year-plan-total-placements').textContent()),
  ).toBeGreaterThan(0);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await saveScreenshot(page, 'company-year-plan-placement-375-nojs');

  const ics = await page.request.get(
    new URL(`/bedrijf/jaarplanning.ics?schooljaar=${schoolYear}`, page.url()).href,
  );
  const uids = new ICAL.Component(ICAL.parse(await ics.text()))
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('uid')));
  expect(uids).toContain(`placement-${placement.id}@stagebureau.nl`);
  await context.close();
});
