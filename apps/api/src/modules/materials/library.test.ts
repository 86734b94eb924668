import { beforeAll, describe, expect, it } from 'vitest';
import type { Material } from '@stagebureau/domain';
import { aLoggedInUser, aRegion } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aDiskBackend } from '../storage/storage.testWorld';
import { aMaterial, aMaterialsWorld, type MaterialsWorld } from './materials.testWorld';

let ctx: TestContext;
let world: MaterialsWorld;
let shelf: Record<string, Material>;
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  world = await aMaterialsWorld(ctx);
  shelf = {};
  const add = async (key: string, values: Record<string, unknown>) => {
    shelf[key] = await world.made(
      world.createLink('bureau', world.paths.library, {
        ...aMaterial(values),
        url: `https://bibliotheek.nl/${key}`,
      }),
    );
  };
  await add('instructie', {
    title: 'Veiligheidsinstructie werkplaats',
    kind: 'safety_sheet',
    visibility: 'booked_schools',
    levels: ['vmbo-kb'],
  });
  await add('hout', {
    title: 'Veilig werken met hout',
    kind: 'safety_sheet',
    description: 'Zagen en schaven in de praktijkles',
  });
  await add('lassen', { title: 'Opdracht lassen', kind: 'assignment', levels: ['mbo-2'] });
  await add('cnc', { title: 'Werkblad CNC', kind: 'worksheet', visibility: 'bureau' });
  await add('boekje', { title: 'Boekje stagelopen', kind: 'booklet' });
});

/** Titles sorted here: the server's title order follows the database's collation. */
const titles = (items: Material[]) => items.map((item) => item.title).sort();

describe('the region library', () => {
  it('when a school searches "veil", then it finds the words that start with it, by title', async () => {
    const found = await world.library('bookedSchool', { q: 'veil' });
    expect(titles(found.items)).toEqual([
      'Veilig werken met hout',
      'Veiligheidsinstructie werkplaats',
    ]);
    // A company sees the public one only; "instructie" starts no word of the title.
    expect(titles((await world.library('company', { q: 'Veil' })).items)).toEqual([
      'Veilig werken met hout',
    ]);
    expect((await world.library('bureau', { q: 'instructie' })).items).toEqual([]);
  });

  it('when the search names words of the description, or several words, then each must start a word', async () => {
    expect(titles((await world.library('idleTeacher', { q: 'schav' })).items)).toEqual([
      'Veilig werken met hout',
    ]);
    expect(titles((await world.library('bureau', { q: 'veil werkp' })).items)).toEqual([
      'Veiligheidsinstructie werkplaats',
    ]);
    expect(titles((await world.library('bureau', { q: "veil:* | 'x" })).items)).toEqual([]);
    expect(titles((await world.library('bureau', { q: '::' })).items)).toHaveLength(5);
  });

  it('when filtered by kind or level, then only those (a level also finds material for every level)', async () => {
    expect(titles((await world.library('bureau', { kind: 'safety_sheet' })).items)).toEqual([
      'Veilig werken met hout',
      'Veiligheidsinstructie werkplaats',
    ]);
    expect(titles((await world.library('bureau', { level: 'mbo-2' })).items)).toEqual([
      'Boekje stagelopen',
      'Opdracht lassen',
      'Veilig werken met hout',
      'Werkblad CNC',
    ]);
  });

  it('when paged two at a time, then every visible material comes once, in title order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await world.library('idleSchool', {
        limit: '2',
        ...(cursor ? { cursor } : {}),
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.title));
      cursor = page.nextCursor;
    } while (cursor);
    const onePage = await world.library('idleSchool', { limit: '100' });
    expect(seen).toEqual(onePage.items.map((item) => item.title));
    expect([...seen].sort()).toEqual([
      'Boekje stagelopen',
      'Opdracht lassen',
      'Veilig werken met hout',
      'Veiligheidsinstructie werkplaats',
    ]);
    const forged = await ctx.app.inject({
      url: world.paths.library,
      query: { cursor: 'bm90LWEtY3Vyc29y' },
      headers: world.as('idleSchool'),
    });
    expect(forged.statusCode).toBe(422);
  });

  it("when a company or a school adds to the library, then 403: the library is the bureau's", async () => {
    for (const who of ['company', 'bookedSchool'] as const) {
      const response = await world.createLink(who, world.paths.library, {
        ...aMaterial(),
        url: 'https://voorbeeld.nl',
      });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('another region', () => {
  it("when readers of one region look for another region's materials, then they do not exist", async () => {
    const other = await aRegion(ctx.db);
    const otherBureau = await aLoggedInUser(ctx.app, ctx.db, other.id, 'bureau_admin');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/library/materials',
      headers: otherBureau.headers,
      payload: {
        ...aMaterial({ title: 'Veiligheidsinstructie elders' }),
        url: 'https://elders.nl',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const foreign = response.json<Material>();

    for (const who of ['bureau', 'bookedSchool', 'company'] as const) {
      expect(titles((await world.library(who, { q: 'veil' })).items)).not.toContain(
        'Veiligheidsinstructie elders',
      );
      for (const url of [
        `/api/v1/materials/${foreign.id}`,
        `/api/v1/materials/${foreign.id}/versions`,
      ]) {
        expect((await ctx.app.inject({ url, headers: world.as(who) })).statusCode).toBe(404);
      }
      expect((await world.downloadLink(who, foreign.id)).statusCode).toBe(404);
      const deleted = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/materials/${foreign.id}`,
        headers: world.as(who),
      });
      expect(deleted.statusCode).toBe(404);
    }
    // Nor through the public pages of this region.
    const viaOwnSlug = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/public/regions/${world.region.slug}/materials/${foreign.id}/download-link`,
    });
    expect(viaOwnSlug.statusCode).toBe(404);
    // And another region's bureau cannot attach to this region's offer.
    const attach = await ctx.app.inject({
      method: 'POST',
      url: world.paths.offer,
      headers: otherBureau.headers,
      payload: { ...aMaterial(), url: 'https://elders.nl' },
    });
    expect(attach.statusCode).toBe(404);
    // In its own region it is there.
    const own = await ctx.app.inject({
      url: `/api/v1/materials/${foreign.id}`,
      headers: otherBureau.headers,
    });
    expect(own.statusCode).toBe(200);
  });
});
