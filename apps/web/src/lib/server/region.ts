import { env } from '$env/dynamic/private';

/** The region a visitor browses: their own when logged in, else `?regio=` or the configured one. */
export function regionSlugFor(locals: App.Locals, url: URL): string {
  const asked = url.searchParams.get('regio');
  if (locals.me) return locals.me.region.slug;
  if (asked && /^[a-z0-9-]{2,60}$/.test(asked)) return asked;
  return env.DEFAULT_REGION_SLUG ?? 'assen-beilen';
}
