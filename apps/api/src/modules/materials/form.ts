import type { z } from 'zod';
import { DomainError } from '@stagebureau/domain';

function fieldErrorsOf(issue: z.core.$ZodIssue) {
  const path = ['body', ...issue.path.map(String)];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
  return [{ path: path.join('.'), message: issue.message }];
}

/** A multipart form's text fields, checked like a JSON body: field errors under `body.*`. */
export function formFields<T extends z.ZodType>(
  schema: T,
  fields: Record<string, string>,
): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success)
    throw new DomainError('validation_failed', 'the form fields are invalid', {
      errors: parsed.error.issues.flatMap(fieldErrorsOf),
    });
  return parsed.data;
}

/** A JSON body the route left optional (it also takes multipart, whose body is null): required here. */
export function requiredBody<T>(body: T | null | undefined): T {
  if (body === undefined || body === null)
    throw new DomainError(
      'validation_failed',
      'send a link as JSON or a file as multipart/form-data',
      { errors: [{ path: 'body', message: 'required' }] },
    );
  return body;
}
