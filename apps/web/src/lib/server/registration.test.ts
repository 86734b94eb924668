import { describe, expect, test } from 'vitest';
import { translator } from '$lib/i18n';
import { ApiProblem } from './api';
import {
  caughtByHoneypot,
  honeypotField,
  parseRegistration,
  registrationFieldErrors,
} from './registration';

const t = translator('nl');

function aForm(fields: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const item of [value].flat()) form.append(name, item);
  return form;
}

const valid = {
  companyName: 'Techniek Noord',
  kvkNumber: '12345678',
  street: 'Industrieweg 7',
  postcode: '9401ab',
  city: 'Assen',
  sectorTags: ['energie', 'bouwen'],
  contactName: 'Sanne Noord',
  contactEmail: 'Sanne@Noord.test',
  contactPhone: '0592 112233',
};

describe('the sign-up form', () => {
  test('when the form is filled in, then it parses with the sectors, a normalised postcode and the language', () => {
    const { parsed } = parseRegistration(aForm(valid), 'en', t);
    expect(parsed).toMatchObject({
      ok: true,
      data: {
        postcode: '9401 AB',
        sectorTags: ['energie', 'bouwen'],
        contactEmail: 'sanne@noord.test',
        language: 'en',
      },
    });
  });

  test('when the KvK number, postcode or phone is wrong, then each field says the expected format', () => {
    const { parsed } = parseRegistration(
      aForm({ ...valid, kvkNumber: '1234', postcode: '12345', contactPhone: 'bel mij' }),
      'nl',
      t,
    );
    expect(parsed).toEqual({
      ok: false,
      errors: {
        kvkNumber: 'Een KvK-nummer heeft 8 cijfers.',
        postcode: 'Een postcode is 4 cijfers en 2 letters, zoals 9401 AB.',
        contactPhone: 'Een telefoonnummer zoals 0592 123456.',
      },
    });
  });

  test('when the hidden field is filled, then it is a bot; when empty, a person', () => {
    expect(caughtByHoneypot(aForm({ ...valid, [honeypotField]: 'http://spam.test' }))).toBe(true);
    expect(caughtByHoneypot(aForm({ ...valid, [honeypotField]: '' }))).toBe(false);
    // The trap never reaches the API's strict schema.
    expect(parseRegistration(aForm({ ...valid, [honeypotField]: 'x' }), 'nl', t).parsed.ok).toBe(
      true,
    );
  });

  test('when the API refuses a known KvK number or e-mail address, then the field says what to do', () => {
    const refusal = (code: string) =>
      new ApiProblem({ type: 'about:blank', title: 'Refused', status: 409, code });
    expect(registrationFieldErrors(refusal('kvk_registered'), t)).toEqual({
      kvkNumber: t('signup.kvkRegistered'),
    });
    expect(registrationFieldErrors(refusal('email_taken'), t)).toEqual({
      contactEmail: t('signup.emailTaken'),
    });
    expect(registrationFieldErrors(refusal('rate_limited'), t)).toBeNull();
  });
});
