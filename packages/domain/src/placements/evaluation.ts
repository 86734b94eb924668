import { fail, ok, type Outcome } from '../outcome';
import type { RegionSettings } from '../regionSettings';

/**
 * The supervisor's evaluation at the end of a placement (issue 16): the region's criteria,
 * each rated 1–5, and a comment; it feeds the "leerbedrijf van het jaar" ranking.
 */
export type EvaluationCriterion = RegionSettings['evaluationCriteria'][number];

export const evaluationScale = { min: 1, max: 5 } as const;
export const evaluationCommentMax = 2000;

export interface EvaluationInput {
  ratings: Record<string, number>;
  comment: string;
}

/**
 * The ratings must be exactly the region's criteria — none missing, none extra — each a whole
 * number 1–5; the comment at most 2000 characters. Field errors name every wrong rating.
 */
export function checkEvaluation(
  criteria: readonly EvaluationCriterion[],
  input: EvaluationInput,
): Outcome<EvaluationInput> {
  const errors: { path: string; message: string }[] = [];
  const keys = new Set(criteria.map((criterion) => criterion.key));
  for (const key of keys)
    if (!(key in input.ratings)) errors.push({ path: `body.ratings.${key}`, message: 'missing' });
  for (const [key, rating] of Object.entries(input.ratings)) {
    if (!keys.has(key)) errors.push({ path: `body.ratings.${key}`, message: 'not a criterion' });
    else if (
      !Number.isInteger(rating) ||
      rating < evaluationScale.min ||
      rating > evaluationScale.max
    )
      errors.push({ path: `body.ratings.${key}`, message: 'a whole number from 1 to 5' });
  }
  const comment = input.comment.trim();
  if (comment.length > evaluationCommentMax)
    errors.push({ path: 'body.comment', message: `at most ${evaluationCommentMax} characters` });
  if (errors.length)
    return fail('validation_failed', 'the evaluation form is incomplete', { errors });
  const ratings = Object.fromEntries(criteria.map(({ key }) => [key, input.ratings[key]!]));
  return ok({ ratings, comment });
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;

/** One evaluation's score: the mean of its ratings (two decimals). */
export const evaluationScore = (ratings: Record<string, number>): number =>
  round2(mean(Object.values(ratings)));

export interface RankedEvaluation {
  companyId: string;
  companyName: string;
  ratings: Record<string, number>;
}

export interface CompanyRanking {
  companyId: string;
  companyName: string;
  /** The mean of the company's evaluation scores (each the mean of its ratings). */
  averageScore: number;
  evaluations: number;
  /** Confirmed supervision hours of the company's placements. */
  confirmedHours: number;
}

/**
 * "Best leerbedrijf": per company the average of its evaluations' scores, their count and
 * its confirmed hours; best average first, then more evaluations, more hours, then the name.
 * A company with hours but no evaluation is listed last, without a score (0).
 */
export function evaluationRanking(
  evaluations: readonly RankedEvaluation[],
  hours: readonly { companyId: string; companyName: string; hours: number }[],
): CompanyRanking[] {
  const companies = new Map<string, { name: string; scores: number[]; hours: number }>();
  const entry = (id: string, name: string) => {
    const found = companies.get(id) ?? { name, scores: [], hours: 0 };
    companies.set(id, found);
    return found;
  };
  for (const evaluation of evaluations)
    entry(evaluation.companyId, evaluation.companyName).scores.push(
      mean(Object.values(evaluation.ratings)),
    );
  for (const row of hours) entry(row.companyId, row.companyName).hours += row.hours;
  return [...companies.entries()]
    .map(([companyId, { name, scores, hours }]) => ({
      companyId,
      companyName: name,
      averageScore: round2(mean(scores)),
      evaluations: scores.length,
      confirmedHours: round2(hours),
    }))
    .sort(
      (a, b) =>
        b.averageScore - a.averageScore ||
        b.evaluations - a.evaluations ||
        b.confirmedHours - a.confirmedHours ||
        a.companyName.localeCompare(b.companyName),
    );
}
