import { createRequestSchema } from '@stagebureau/domain';
import { describe, expect, test } from 'vitest';
import { translator } from '$lib/i18n';
import { parseWith } from './forms';
import { partErrors, previewOf, requestValues, signUpBody, termsMessage } from './requestForms';

const t = translator('nl');
const formData = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};
const classA = '11111111-1111-4111-8111-111111111111';
const classB = '22222222-2222-4222-8222-222222222222';
const partA = '33333333-3333-4333-8333-333333333333';
const partB = '44444444-4444-4444-8444-444444444444';

describe('the request editor', () => {
  const filled: [string, string][] = [
    ['type', 'guest_lesson'],
    ['title', 'Gastles bouwen'],
    ['classIds', classA],
    ['classIds', classB],
    ['occasionsPerClass', '2'],
    ['hoursPerOccasion', '1.5'],
    ['periodFrom', '2027-02-01'],
    ['periodUntil', '2027-03-31'],
    ['weekdays', '2'],
    ['weekdays', '4'],
    ['schoolYears', '3'],
    ['partOfDay', 'morning'],
    ['location', 'at_school'],
    ['signUpDeadline', '2027-01-15'],
  ];

  test('when the form is filled, then it parses with the domain contract and numbers are numbers', () => {
    const parsed = parseWith(createRequestSchema, requestValues(formData(filled)), t);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.weekdays).toEqual([2, 4]);
    expect(parsed.data.schoolYears).toEqual([3]);
    expect(parsed.data.hoursPerOccasion).toBe(1.5);
  });

  test('when no class and no weekday is ticked, then both lists get a Dutch message', () => {
    const without = filled.filter(([key]) => key !== 'classIds' && key !== 'weekdays');
    const parsed = parseWith(createRequestSchema, requestValues(formData(without)), t);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.classIds).toBe('Minimaal 1.');
    expect(parsed.errors.weekdays).toBe('Minimaal 1.');
  });

  test('when classes of two schools are chosen, then the preview counts them and names no school', () => {
    const parsed = parseWith(createRequestSchema, requestValues(formData(filled)), t);
    if (!parsed.ok) throw new Error('not parsed');
    const preview = previewOf(
      parsed.data,
      [
        { id: classA, name: '3T1', size: 28, schoolId: 'a', schoolName: 'Van Gogh' },
        { id: classB, name: '3KB', size: 15, schoolId: 'b', schoolName: 'CSG Beilen' },
      ],
      null,
    );
    expect(preview).toMatchObject({ schoolName: null, classes: 2, pupils: 43, hoursAsked: 6 });
  });

  test('when the domain finds the period in the past, then the message is Dutch', () => {
    expect(termsMessage('lies in the past', t)).toBe('Deze datum ligt in het verleden.');
  });
});

describe('the sign-up form', () => {
  test('when two parts are chosen, then each gets its moment as an Amsterdam instant', () => {
    const { body, partIds, errors } = signUpBody(
      formData([
        ['partIds', partA],
        [`date-${partA}`, '2027-02-09'],
        [`start-${partA}`, '09:00'],
        [`end-${partA}`, '11:00'],
        [`date-${partB}`, '2027-02-10'],
        ['contactName', 'Marieke'],
        ['contactEmail', 'hr@example.nl'],
      ]),
    );
    expect(partIds).toEqual([partA]);
    expect(errors).toEqual({});
    // 09:00 in Amsterdam in February is 08:00 UTC.
    expect(body.parts).toEqual([
      { partId: partA, startsAt: '2027-02-09T08:00:00.000Z', endsAt: '2027-02-09T10:00:00.000Z' },
    ]);
    expect(body).not.toHaveProperty('contactPhone');
  });

  test('when a chosen part has no time, then that part is marked incomplete', () => {
    const { errors } = signUpBody(
      formData([
        ['partIds', partA],
        [`date-${partA}`, '2027-02-09'],
      ]),
    );
    expect(Object.keys(errors)).toEqual([`part-${partA}`]);
  });

  test('when the API names the second chosen part, then the error lands on that part', () => {
    expect(
      partErrors({ 'parts.1.startsAt': 'outside the period', contactEmail: 'x' }, [partA, partB]),
    ).toEqual({ [`part-${partB}`]: 'outside the period', contactEmail: 'x' });
  });
});
