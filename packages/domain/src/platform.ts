import { complianceSettingsProblems } from './compliance/rules';
import { fail, ok, type Outcome } from './outcome';
import { regionSettingsSchema, type RegionSettings } from './regionSettings';

/** A region's slug: lower-case words of letters and digits joined by single hyphens. */
export const regionSlugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const regionSlugMinLength = 3;
export const regionSlugMaxLength = 40;

/**
 * Slugs that name a part of the product rather than a region: a region called `api` or
 * `platform` would sit next to (or shadow) the product's own paths in URLs and feeds.
 */
export const reservedRegionSlugs = [
  'admin',
  'api',
  'app',
  'assets',
  'docs',
  'health',
  'ical',
  'login',
  'openapi',
  'platform',
  'public',
  'ready',
  'static',
  'www',
] as const;

export const isReservedRegionSlug = (slug: string) =>
  (reservedRegionSlugs as readonly string[]).includes(slug);

/**
 * A slug suggested for a region's name ("Regio Zuid-Drenthe" → `regio-zuid-drenthe`): accents
 * dropped, every run of other characters one hyphen, cut at the maximum length. The suggestion
 * still has to pass the slug's validation (it may be too short or reserved).
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, regionSlugMaxLength)
    .replace(/-+$/, '');
}

/**
 * A region's settings after a change: the given settings over the current ones (or the
 * defaults, for a new region), refused when the result is inconsistent (a compliance
 * requirement naming a kind the region does not know).
 */
export function mergeRegionSettings(
  current: Partial<RegionSettings>,
  changes: Partial<RegionSettings>,
): Outcome<RegionSettings> {
  const settings = regionSettingsSchema.parse({ ...current, ...changes });
  const problems = complianceSettingsProblems(settings);
  if (problems.length)
    return fail('validation_failed', 'the compliance settings are inconsistent', {
      errors: problems.map((problem) => ({
        ...problem,
        path: problem.path.replace(/^body\./, 'body.settings.'),
      })),
    });
  return ok(settings);
}
