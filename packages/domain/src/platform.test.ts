import { describe, expect, it } from 'vitest';
import { createRegionSchema, regionSlugSchema } from './contracts/platform';
import { defaultRegionSettings } from './regionSettings';
import { isReservedRegionSlug, mergeRegionSettings, slugFromName } from './platform';

describe('region slugs', () => {
  it.each([
    ['Regio Zuid-Drenthe', 'regio-zuid-drenthe'],
    ['  Één  & Twee! ', 'een-twee'],
    ['Stagebureau  Assen–Beilen', 'stagebureau-assen-beilen'],
  ])('when a name is %j, then the suggested slug is %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('when a name is long, then the suggestion is cut at 40 characters without a trailing hyphen', () => {
    const slug = slugFromName('Regio '.repeat(12));
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).not.toMatch(/-$/);
  });

  it.each(['regio-noord', 'abc', 'r2d2-regio'])('when the slug is %j, then it is valid', (slug) => {
    expect(regionSlugSchema.safeParse(slug).success).toBe(true);
  });

  it.each([
    'ab',
    'regio--dubbel',
    '-regio',
    'regio-',
    'regio_noord',
    'a'.repeat(41),
    'api',
    'public',
  ])('when the slug is %j, then it is refused', (slug) => {
    expect(regionSlugSchema.safeParse(slug).success).toBe(false);
  });

  it('when a slug has capitals or spaces around it, then it is normalised, not refused', () => {
    expect(regionSlugSchema.parse(' Regio-Noord ')).toBe('regio-noord');
  });

  it('when the product uses a word, then it is reserved', () => {
    expect(['api', 'platform', 'public'].every(isReservedRegionSlug)).toBe(true);
    expect(isReservedRegionSlug('drenthe')).toBe(false);
  });
});

describe('region settings on create and change', () => {
  it('when a region is created with one setting, then the others are the defaults', () => {
    const input = createRegionSchema.parse({
      name: 'Regio',
      slug: 'regio-test',
      holidayRegion: 'zuid',
      settings: { holdHours: 24 },
    });
    expect(mergeRegionSettings({}, input.settings)).toEqual({
      ok: true,
      value: { ...defaultRegionSettings, holdHours: 24 },
    });
  });

  it('when a requirement names an unknown document kind, then the settings are refused with its path', () => {
    const outcome = mergeRegionSettings(defaultRegionSettings, {
      complianceRequirements: { guest_lesson: ['onbekend'] },
    });
    expect(outcome).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(!outcome.ok && outcome.meta?.errors).toEqual([
      {
        path: 'body.settings.complianceRequirements.guest_lesson',
        message: 'unknown document kind: onbekend',
      },
    ]);
  });
});
