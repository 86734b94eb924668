import type { ParamMatcher } from '@sveltejs/kit';
import { z } from 'zod';

const uuid = z.uuid();

/**
 * `[id=uuid]`: an id the API could know. Anything else (`/catalogus/not-a-uuid`) matches no
 * route, so the visitor gets the 404 page instead of the API's validation error as a 500.
 */
export const match = ((param: string): param is string =>
  uuid.safeParse(param).success) satisfies ParamMatcher;
