import { describe, expect, it } from 'vitest';
import { defaultRegionSettings } from '../regionSettings';
import { evaluationInputSchema } from '../contracts/attendance';
import { checkEvaluation, evaluationRanking, evaluationScore } from './evaluation';

const criteria = defaultRegionSettings.evaluationCriteria;
const full = { punctuality: 4, motivation: 5, skills: 3, cooperation: 4 };

describe('an evaluation form', () => {
  it('when every criterion of the region is rated 1–5, then it is kept in the region’s order', () => {
    const outcome = checkEvaluation(criteria, { ratings: full, comment: '  Prima stage. ' });
    expect(outcome).toEqual({ ok: true, value: { ratings: full, comment: 'Prima stage.' } });
    expect(Object.keys(outcome.ok ? outcome.value.ratings : {})).toEqual(
      criteria.map((c) => c.key),
    );
  });

  it('when a criterion is missing, then 422 names it', () => {
    const { skills: _skills, ...ratings } = full;
    expect(checkEvaluation(criteria, { ratings, comment: '' })).toMatchObject({
      ok: false,
      code: 'validation_failed',
      meta: { errors: [{ path: 'body.ratings.skills', message: 'missing' }] },
    });
  });

  it('when a rating is 6 or 0 or a key is unknown, then each is named', () => {
    const outcome = checkEvaluation(criteria, {
      ratings: { ...full, skills: 6, motivation: 0, looks: 3 },
      comment: '',
    });
    expect(
      outcome.ok ? [] : (outcome.meta?.errors as { path: string }[]).map((e) => e.path),
    ).toEqual(['body.ratings.motivation', 'body.ratings.skills', 'body.ratings.looks']);
  });

  it('when the comment is longer than 2000 characters, then it is refused (also by the contract)', () => {
    const comment = 'x'.repeat(2001);
    expect(checkEvaluation(criteria, { ratings: full, comment })).toMatchObject({ ok: false });
    expect(evaluationInputSchema.safeParse({ ratings: full, comment }).success).toBe(false);
    expect(evaluationInputSchema.safeParse({ ratings: { ...full, skills: 6 } }).success).toBe(
      false,
    );
  });
});

describe('the best-leerbedrijf ranking', () => {
  it('when companies have evaluations and hours, then the average of their scores ranks them', () => {
    expect(evaluationScore(full)).toBe(4);
    const ranking = evaluationRanking(
      [
        { companyId: 'a', companyName: 'Alfa', ratings: { x: 5, y: 4 } }, // 4.5
        { companyId: 'a', companyName: 'Alfa', ratings: { x: 3, y: 4 } }, // 3.5
        { companyId: 'b', companyName: 'Beta', ratings: { x: 5, y: 5, z: 2 } }, // 4
        { companyId: 'c', companyName: 'Gamma', ratings: { x: 4, y: 5, z: 3 } }, // 4
      ],
      [
        { companyId: 'a', companyName: 'Alfa', hours: 30 },
        { companyId: 'c', companyName: 'Gamma', hours: 7.5 },
        { companyId: 'a', companyName: 'Alfa', hours: 2.25 },
        { companyId: 'd', companyName: 'Delta', hours: 16 },
      ],
    );
    expect(ranking).toEqual([
      {
        companyId: 'a',
        companyName: 'Alfa',
        averageScore: 4,
        evaluations: 2,
        confirmedHours: 32.25,
      },
      {
        companyId: 'c',
        companyName: 'Gamma',
        averageScore: 4,
        evaluations: 1,
        confirmedHours: 7.5,
      },
      { companyId: 'b', companyName: 'Beta', averageScore: 4, evaluations: 1, confirmedHours: 0 },
      { companyId: 'd', companyName: 'Delta', averageScore: 0, evaluations: 0, confirmedHours: 16 },
    ]);
  });
});
