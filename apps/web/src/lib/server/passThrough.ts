import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { ApiProblem } from './api';

/** Streams a file the API serves with the bearer token only this server holds. */
export async function passThrough(
  locals: App.Locals,
  path: string,
  accept: string,
  filename: string,
  disposition: 'inline' | 'attachment',
): Promise<Response> {
  let answer: Response;
  try {
    answer = await locals.api.raw(path, accept);
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status < 500)
      error(404, { message: translator(locals.language)('error.notFound') });
    throw problem;
  }
  return new Response(answer.body, {
    headers: {
      'content-type': answer.headers.get('content-type') ?? accept,
      'content-disposition':
        answer.headers.get('content-disposition') ?? `${disposition}; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
}
