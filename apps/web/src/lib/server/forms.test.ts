import { createClassSchema, loginRequestSchema } from '@stagebureau/domain';
import { describe, expect, test } from 'vitest';
import { translator } from '$lib/i18n';
import { formObject, parseWith } from './forms';

const t = translator('nl');
const formData = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe('form parsing with the domain schemas', () => {
  test('when the login form is empty, then each field gets a Dutch message', () => {
    const parsed = parseWith(loginRequestSchema, formObject(formData([['email', ' ']])), t);
    expect(parsed).toEqual({
      ok: false,
      errors: { email: 'Vul dit veld in.', password: 'Vul dit veld in.' },
    });
  });

  test('when the e-mail is malformed, then the message says so in Dutch', () => {
    const values = formObject(
      formData([
        ['email', 'geen-adres'],
        ['password', 'x'],
      ]),
    );
    const parsed = parseWith(loginRequestSchema, values, t);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.email).toBe('Vul een geldig e-mailadres in.');
  });

  test('when a class form has numbers and an empty optional choice, then they are converted', () => {
    const values = formObject(
      formData([
        ['name', '3BWI-a'],
        ['educationLevel', 'vmbo-kb'],
        ['schoolYear', '3'],
        ['size', '22'],
        ['vmboProfile', ''],
        ['_csrf', 'ignored'],
      ]),
      { numbers: ['schoolYear', 'size'], nullable: ['vmboProfile'] },
    );
    expect(values).toEqual({
      name: '3BWI-a',
      educationLevel: 'vmbo-kb',
      schoolYear: 3,
      size: 22,
      vmboProfile: null,
    });
    const parsed = parseWith(createClassSchema, values, t);
    expect(parsed.ok).toBe(true);
  });

  test('when a class is too big, then the limit is named', () => {
    const values = { name: 'x', educationLevel: 'havo', schoolYear: 3, size: 41 };
    const parsed = parseWith(createClassSchema, values, t);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.size).toBe('Maximaal 40.');
  });

  test('when a field is unknown to a strict schema, then the form fails instead of passing it on', () => {
    const parsed = parseWith(
      loginRequestSchema,
      { email: 'a@b.nl', password: 'x', role: 'admin' },
      t,
    );
    expect(parsed.ok).toBe(false);
  });
});
