import { toComplianceDocument } from '$lib/server/downloads';
import type { RequestHandler } from './$types';

/** Downloads a compliance document for whoever may read it (see downloads.ts). */
export const GET: RequestHandler = ({ locals, url, params }) =>
  toComplianceDocument(locals, url, params.id);
