import { problemSchema } from '@stagebureau/domain';

/** Problem responses for a route's OpenAPI schema, by status. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    number,
    typeof problemSchema
  >;

/** What every authenticated route may answer besides its success. */
export const authProblems = problems(401, 403, 404, 422, 429);

/** Whether a database error (as drizzle wraps it, or bare) broke a unique index. */
export const isUniqueViolation = (error: unknown) => {
  const candidate = error as { code?: string; cause?: { code?: string } };
  return (candidate.cause?.code ?? candidate.code) === '23505';
};
