import { describe, expect, test } from 'vitest';
import { createPlaceSchema } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from './api';
import { parseWith } from './forms';
import {
  formField,
  placeBody,
  placeErrors,
  placeTermsErrors,
  placeValues,
  pupilValues,
  refusedIn,
} from './placements';

const t = translator('nl');

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const aPlaceForm = (overrides: [string, string][] = []) =>
  formData([
    ['type', 'internship'],
    ['title', 'Monteur in opleiding'],
    ['levels', 'vmbo-kb'],
    ['vmboProfiles', 'PIE'],
    ['street', 'Industrieweg 1'],
    ['postcode', '9401aa'],
    ['city', 'Assen'],
    ['startsOn', '2027-03-01'],
    ['endsOn', '2027-03-26'],
    ['weekdays', '1'],
    ['weekdays', '2'],
    ['weekdays', '4'],
    ['dayStarts', '08:00'],
    ['dayEnds', '16:00'],
    ['places', '2'],
    ['supervisorName', 'Marieke van der Veen'],
    ['supervisorEmail', 'Marieke@VanderVeen.nl'],
    ['supervisorPhone', ''],
    ...overrides,
  ]);

describe('the place editor', () => {
  test('when the form is filled in, then it becomes the place contract with the supervisor nested', () => {
    const parsed = parseWith(createPlaceSchema, placeBody(placeValues(aPlaceForm())), t);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).toMatchObject({
      weekdays: [1, 2, 4],
      places: 2,
      postcode: '9401 AA',
      supervisor: { name: 'Marieke van der Veen', email: 'marieke@vanderveen.nl', phone: null },
    });
  });

  test('when the supervisor e-mail is wrong and no weekday is ticked, then the errors carry the form’s field names', () => {
    const values = placeValues(
      formData(
        [...[...aPlaceForm().entries()].filter(([k]) => k !== 'weekdays')].map(
          ([k, v]) => [k, k === 'supervisorEmail' ? 'geen-adres' : String(v)] as [string, string],
        ),
      ),
    );
    const parsed = parseWith(createPlaceSchema, placeBody(values), t);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const errors = placeErrors(parsed.errors);
    expect(errors.supervisorEmail).toBe('Vul een geldig e-mailadres in.');
    expect(errors.weekdays).toBeTruthy();
  });

  test('when the period starts in the past or ends before it starts, then the domain’s check says so in Dutch', () => {
    const parsed = parseWith(createPlaceSchema, placeBody(placeValues(aPlaceForm())), t);
    if (!parsed.ok) throw new Error('the form should parse');
    expect(placeTermsErrors(parsed.data, '2027-03-02', t)).toEqual({
      startsOn: 'De periode kan niet in het verleden beginnen.',
    });
    expect(placeTermsErrors({ ...parsed.data, endsOn: '2027-02-01' }, '2027-01-01', t)).toEqual({
      endsOn: 'De einddatum ligt voor de begindatum.',
    });
    expect(placeTermsErrors(parsed.data, '2027-01-01', t)).toEqual({});
  });

  test('when API paths name nested or listed fields, then they map to the inputs', () => {
    expect(formField('body.supervisor.email')).toBe('supervisorEmail');
    expect(formField('body.weekdays.2')).toBe('weekdays');
    expect(formField('querystring.companyId')).toBe('companyId');
    expect(formField('body')).toBe('_form');
  });
});

describe('the pupil register form', () => {
  test('when an adult is registered with a guardian e-mail typed anyway, then the e-mail is not sent', () => {
    const { body } = pupilValues(
      formData([
        ['firstName', 'Femke'],
        ['surname', 'de Vries'],
        ['classId', '55555555-5555-4555-8555-555555555555'],
        ['isMinor', 'no'],
        ['guardianEmail', 'ouder@example.nl'],
        ['educationLevel', ''],
      ]),
    );
    expect(body).toEqual({
      firstName: 'Femke',
      surname: 'de Vries',
      classId: '55555555-5555-4555-8555-555555555555',
      isMinor: false,
      guardianEmail: null,
    });
  });

  test('when a minor is registered, then the guardian e-mail goes along and empty overrides stay out', () => {
    const { body } = pupilValues(
      formData([
        ['firstName', 'Femke'],
        ['isMinor', 'yes'],
        ['guardianEmail', 'ouder@example.nl'],
        ['vmboProfile', ''],
        ['schoolYear', '3'],
      ]),
    );
    expect(body).toEqual({
      firstName: 'Femke',
      isMinor: true,
      guardianEmail: 'ouder@example.nl',
      schoolYear: 3,
    });
  });
});

describe('a refusal from the API', () => {
  test('when the place is full, then the failure names the form and says what to do, once', () => {
    const problem = new ApiProblem({
      type: 'about:blank',
      title: 'Alle stageplaatsen van deze periode zijn bezet',
      status: 409,
      code: 'place_full',
    });
    const failure = refusedIn('propose', problem, { participantId: 'x' }, t, 'place-1');
    expect(failure.status).toBe(409);
    expect(failure.data).toMatchObject({
      form: 'propose',
      id: 'place-1',
      refusal: {
        code: 'place_full',
        title: 'Alle stageplaatsen van deze periode zijn bezet',
        message: 'Alle plaatsen van deze periode zijn bezet. Kies een andere stageplaats.',
      },
    });
    // Not under `problem`: the layout's toasts would show it a second time.
    expect(failure.data).not.toHaveProperty('problem');
  });

  test('when a minor has no guardian e-mail, then the 422 lands on that field in words', () => {
    const problem = new ApiProblem({
      type: 'about:blank',
      title: 'Ongeldige invoer',
      status: 422,
      code: 'validation_failed',
      errors: [{ path: 'body.guardianEmail', message: 'a minor needs a guardian e-mail' }],
    });
    const failure = refusedIn('register', problem, {}, t);
    expect(failure.status).toBe(422);
    expect(failure.data.errors).toEqual({
      guardianEmail:
        'Een minderjarige leerling heeft het e-mailadres van een ouder of verzorger nodig om te ondertekenen.',
    });
  });

  test('when the error is not an API problem, then it is not swallowed', () => {
    expect(() => refusedIn('register', new Error('bug'), {}, t)).toThrow('bug');
  });
});
