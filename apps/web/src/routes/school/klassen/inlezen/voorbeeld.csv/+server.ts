import { exampleCsv } from '$lib/server/imports';
import { requireArea } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The example file of a school's classes: the header the classes import reads. */
export const GET: RequestHandler = ({ locals, url }) => {
  requireArea(locals, url, 'school');
  return exampleCsv('classes')!;
};
