import type { z } from 'zod';
import type { ImportProblem, ImportProblemCode } from './plan';

/**
 * Collects one row's problems (issue 21): each with its line, column, a stable code for the
 * web's wording and an English message as the fallback.
 */
export function rowCheck(line: number) {
  const problems: ImportProblem[] = [];
  const add = (
    column: string,
    code: ImportProblemCode,
    message: string,
    params?: Record<string, string | number>,
  ) => problems.push({ line, column, code, message, ...(params ? { params } : {}) });
  /**
   * A cell read through the contract's own schema for the field, so a rule (a postcode's shape,
   * a name's length) is written once: the cell's value, or `undefined` with a problem added.
   */
  function parse<T>(
    column: string,
    raw: string,
    schema: z.ZodType<T>,
    code: ImportProblemCode,
    options: { value?: unknown; params?: Record<string, string | number> } = {},
  ): T | undefined {
    const parsed = schema.safeParse('value' in options ? options.value : raw);
    if (parsed.success) return parsed.data;
    const message = `"${raw}": ${parsed.error.issues[0]?.message ?? 'invalid'}`;
    add(column, code, message, { value: raw, ...options.params });
    return undefined;
  }
  return { problems, add, parse };
}

/** The row that already has this key in the file, as a problem on the later line. */
export function duplicateKey(
  seen: Map<string, number>,
  key: string,
  line: number,
  column: string,
  shown = key,
): ImportProblem | null {
  const earlier = seen.get(key);
  if (earlier === undefined) {
    seen.set(key, line);
    return null;
  }
  return {
    line,
    column,
    code: 'duplicate_key',
    params: { key: shown, line: earlier },
    message: `${shown} repeats line ${earlier}`,
  };
}
