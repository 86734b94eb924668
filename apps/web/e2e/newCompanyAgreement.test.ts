import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { schoolYearOf } from '@stagebureau/domain';
import { apiAs, localDate } from './apiSetup';
import { aPdf } from './pdf';
import {
  demoPassword,
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

/** Three weeks ahead, two weeks long, within one school year (a place cannot start in the past). */
function aPeriodAhead() {
  for (const start of [21, 35]) {
    const period = { startsOn: localDate(start), endsOn: localDate(start + 11) };
    const year = (day: string) => schoolYearOf(new Date(`${day}T12:00:00Z`));
    if (year(period.startsOn) === year(period.endsOn)) return period;
  }
  throw new Error('no period within one school year');
}

/** The papers the demo region asks for places: submitted by the company, approved by the bureau. */
async function withApprovedPapers(
  token: string,
  bureau: Awaited<ReturnType<typeof apiAs>>,
  companyId: string,
) {
  for (const kind of ['liability_insurance', 'vog', 'risk_assessment']) {
    const form = new FormData();
    form.set('kind', kind);
    form.set('validFrom', localDate(-1));
    form.set('validUntil', localDate(400));
    if (kind === 'vog') form.set('subjectName', 'Ilse Nieuw');
    form.set(
      'file',
      new Blob([new Uint8Array(aPdf(kind))], { type: 'application/pdf' }),
      `${kind}.pdf`,
    );
    const response = await fetch(
      `${apiUrl}/api/v1/organisations/${companyId}/compliance-documents`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      },
    );
    expect(response.status, await response.clone().text()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await bureau.call('POST', `/compliance-documents/${id}/review`, { decision: 'approve' });
  }
}

/**
 * A company new to the region: the bureau registers and approves it, its admin accepts the
 * invitation, submits the papers the bureau approves, publishes a teacher-internship place and
 * accepts the teacher who takes it — one confirmed place, made through the API.
 */
async function aNewCompanyWithOnePlacement() {
  const stamp = Date.now().toString().slice(-8);
  const name = `Nieuwe Techniek ${stamp}`;
  const email = `directie-${stamp}@nieuwetechniek.nl`;
  const bureau = await apiAs(apiUrl, 'bureau@demo.stagebureau.nl');
  const company = await bureau.call<{ id: string }>('POST', '/organisations', {
    kind: 'company',
    name,
    kvkNumber: stamp.padStart(8, '7'),
    city: 'Assen',
  });
  await bureau.call('POST', `/organisations/${company.id}/status`, { status: 'active' });
  const { token } = await bureau.call<{ token: string }>('POST', '/invitations', {
    email,
    role: 'company_admin',
    organisationId: company.id,
  });
  const accepted = await fetch(`${apiUrl}/api/v1/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Ilse Nieuw', password: demoPassword }),
  });
  expect(accepted.status).toBe(201);

  const admin = await apiAs(apiUrl, email);
  await withApprovedPapers(admin.token, bureau, company.id);
  const period = aPeriodAhead();
  const place = await admin.call<{ id: string }>('POST', '/places', {
    type: 'teacher_internship',
    title: `Docentenstage ${name}`,
    street: 'Industrieweg 40',
    postcode: '9403 AB',
    city: 'Assen',
    ...period,
    weekdays: [3],
    dayStarts: '09:00',
    dayEnds: '15:00',
    places: 1,
    supervisor: { name: 'Ilse Nieuw', email, phone: null },
  });
  const teacher = await apiAs(apiUrl, 'docent@drenthecollege.demo.nl');
  const placement = await teacher.call<{ id: string }>('POST', '/placements/self', {
    placeId: place.id,
  });
  await admin.call('POST', `/placements/${placement.id}/accept`, {});
  return { name, email, schoolYear: schoolYearOf(new Date(`${period.startsOn}T12:00:00Z`)) };
}

test('when a company new to the region agrees two places and takes a teacher, then its agreement shows 1 van 2 and the targets dashboard lists it (375 px, without JavaScript)', async () => {
  const { name, email, schoolYear } = await aNewCompanyWithOnePlacement();

  const bureau = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(bureau, 'bureau@demo.stagebureau.nl');
  await bureau.waitForURL('**/bureau');
  await visit(bureau, `/bureau/doelen?schoolYear=${schoolYear}`);
  await bureau.getByLabel('Afspraak maken of bekijken').selectOption({ label: name });
  await bureau.getByRole('button', { name: 'Openen' }).click();
  await bureau.getByRole('heading', { level: 1, name: `Afspraken met ${name}` }).waitFor();
  const form = bureau.getByTestId('agreement-form');
  await form.getByLabel('Stageplaatsen', { exact: true }).fill('2');
  await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
  const row = bureau.locator('tr[data-measure="internship_places"]');
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('1 van 2');
  await expectNoHorizontalOverflow(bureau);
  await expectAccessible(bureau);
  await saveScreenshot(bureau, 'agreement-new-company-375');

  await visit(bureau, `/bureau/doelen?schoolYear=${schoolYear}`);
  const listed = bureau.getByTestId('agreements-table').locator('tr', { hasText: name });
  await expect(listed.textContent()).resolves.toContain('Stageplaatsen 1/2');

  // The new company sees the same figure on its own page.
  const own = await (
    await newContext(browser, webUrl, { width: 375, javaScriptEnabled: false })
  ).newPage();
  await logIn(own, email);
  await own.waitForURL('**/bedrijf');
  await visit(own, '/bedrijf/afspraken');
  await expect(
    own.locator('tr[data-measure="internship_places"]').first().textContent(),
  ).resolves.toContain('1 van 2');
  await expectAccessible(own);
});
