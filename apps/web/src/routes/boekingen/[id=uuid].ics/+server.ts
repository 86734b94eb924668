import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { ApiProblem } from '$lib/server/api';
import type { RequestHandler } from './$types';
import { toLogin } from '$lib/server/guard';

/**
 * "Add to my calendar": the API's one-booking .ics needs the bearer token, which only this server
 * holds (httpOnly cookie), so the file is fetched here and passed through as text/calendar.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
  if (!locals.me) toLogin(locals, url);
  let answer: Response;
  try {
    answer = await locals.api.raw(`/bookings/${params.id}.ics`, 'text/calendar');
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status < 500)
      error(problem.status === 403 ? 404 : problem.status, {
        message: translator(locals.language)('error.notFound'),
      });
    throw problem;
  }
  return new Response(answer.body, {
    headers: {
      'content-type': answer.headers.get('content-type') ?? 'text/calendar; charset=utf-8',
      'content-disposition':
        answer.headers.get('content-disposition') ??
        `attachment; filename="boeking-${params.id}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
};
