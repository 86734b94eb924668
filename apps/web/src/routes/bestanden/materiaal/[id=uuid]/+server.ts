import { toMaterial } from '$lib/server/downloads';
import type { RequestHandler } from './$types';

/** Downloads (or opens) a material's latest version, or `?versie=` an older one. */
export const GET: RequestHandler = ({ locals, url, params }) => toMaterial(locals, url, params.id);
