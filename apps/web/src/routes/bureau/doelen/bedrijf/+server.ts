import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireArea } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The company picker on the targets page (a GET form): on to that company's agreements. */
export const GET: RequestHandler = ({ locals, url }) => {
  requireArea(locals, url, 'bureau');
  const id = z.uuid().safeParse(url.searchParams.get('companyId'));
  if (!id.success) error(404, { message: 'not found' });
  const schoolYear = url.searchParams.get('schoolYear');
  const query = schoolYear ? `?schoolYear=${encodeURIComponent(schoolYear)}` : '';
  redirect(303, `/bureau/organisaties/${id.data}/afspraken${query}`);
};
