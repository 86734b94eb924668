import { beforeAll, describe, expect, it } from 'vitest';
import type { Material, MaterialDownload, MaterialVisibility } from '@stagebureau/domain';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { aClass, aLoggedInUser, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aDiskBackend } from '../storage/storage.testWorld';
import { aMaterial, aMaterialsWorld, type MaterialsWorld, type Who } from './materials.testWorld';

let ctx: TestContext;
let world: MaterialsWorld;
beforeAll(async () => {
  const disk = await aDiskBackend();
  ctx = await startTestApp({ STORAGE_DIR: disk.dir });
  world = await aMaterialsWorld(ctx);
});

type Target = 'offer' | 'place' | 'request' | 'library';
/** Who adds materials to each target in these tests. */
const ownerOf: Record<Target, Who> = {
  offer: 'company',
  place: 'member',
  request: 'bookedSchool',
  library: 'bureau',
};

/**
 * One material per visibility on the target: the public one a link, the others files, so
 * both kinds of download answer. Titles name target and visibility.
 */
async function materialsOn(target: Target) {
  const made = {} as Record<MaterialVisibility, Material>;
  for (const visibility of ['public', 'booked_schools', 'bureau'] as const) {
    const title = `${target} ${visibility}`;
    const path = world.paths[target];
    made[visibility] = await world.made(
      visibility === 'public'
        ? world.createLink(ownerOf[target], path, {
            ...aMaterial({ title, visibility }),
            url: `https://voorbeeld.nl/${target}.pdf`,
          })
        : world.upload(ownerOf[target], path, { title, kind: 'worksheet', visibility }),
    );
  }
  return made;
}

/**
 * The expected matrix, written out from the issue (not computed with the domain's function):
 * per target and reader, which visibilities it sees; `hidden`: the target itself is not
 * visible to the reader (a school's request to a school without a part in it).
 */
const all: MaterialVisibility[] = ['public', 'booked_schools', 'bureau'];
const participants: MaterialVisibility[] = ['public', 'booked_schools'];
const everyone: MaterialVisibility[] = ['public'];
const offerMatrix: Record<Who, MaterialVisibility[]> = {
  bureau: all,
  company: all,
  member: all,
  otherCompany: everyone,
  bookedSchool: participants,
  bookedTeacher: participants,
  idleSchool: everyone,
  idleTeacher: everyone,
};
const matrices: Record<Target, Record<Who, MaterialVisibility[] | 'hidden'>> = {
  offer: offerMatrix,
  place: offerMatrix,
  request: {
    bureau: all,
    // The asking school owns its request's material, teachers included.
    bookedSchool: all,
    bookedTeacher: all,
    // The host company takes a part of the request.
    company: participants,
    member: participants,
    otherCompany: everyone,
    idleSchool: 'hidden',
    idleTeacher: 'hidden',
  },
  library: {
    bureau: all,
    company: everyone,
    member: everyone,
    otherCompany: everyone,
    // Every school of the region, booked or not.
    bookedSchool: participants,
    bookedTeacher: participants,
    idleSchool: participants,
    idleTeacher: participants,
  },
};

describe('the access matrix over HTTP: every visibility and reader, list and download link', () => {
  for (const target of ['offer', 'place', 'request', 'library'] as const) {
    it(`when every reader lists the ${target}'s materials and asks for each one's link, then exactly what its visibility allows`, async () => {
      const made = await materialsOn(target);
      const visibilityOf = new Map(all.map((visibility) => [made[visibility].id, visibility]));
      const listed: Record<string, unknown> = {};
      const linked: Record<string, unknown> = {};
      const expectedListed: Record<string, unknown> = {};
      const expectedLinked: Record<string, unknown> = {};
      for (const who of Object.keys(world.users) as Who[]) {
        const sees = matrices[target][who];
        const response =
          target === 'library'
            ? { status: 200, items: (await world.library(who, { limit: '100' })).items }
            : await world.list(who, world.paths[target]);
        listed[who] =
          response.status === 200
            ? response.items!.flatMap((item) => visibilityOf.get(item.id) ?? []).sort()
            : response.status;
        expectedListed[who] = sees === 'hidden' ? 404 : [...sees].sort();
        linked[who] = [];
        expectedLinked[who] = [];
        for (const visibility of all) {
          const link = await world.downloadLink(who, made[visibility].id);
          (linked[who] as string[]).push(`${visibility}:${link.statusCode}`);
          const visible = sees !== 'hidden' && sees.includes(visibility);
          (expectedLinked[who] as string[]).push(`${visibility}:${visible ? 200 : 404}`);
          if (link.statusCode === 200) {
            const answer = link.json<MaterialDownload>();
            expect(answer.content).toBe(visibility === 'public' ? 'link' : 'file');
            if (answer.content === 'file') {
              expect(answer.url).toContain('/api/v1/files/');
              expect(answer.expiresAt).not.toBeNull();
            } else {
              expect(answer).toEqual({
                content: 'link',
                url: `https://voorbeeld.nl/${target}.pdf`,
                expiresAt: null,
              });
            }
          }
        }
      }
      expect(listed).toEqual(expectedListed);
      expect(linked).toEqual(expectedLinked);
    });
  }

  it('when nobody is signed in, then the public catalogue and library show public materials only, and open them', async () => {
    const onOffer = await materialsOn('offer');
    const inLibrary = await materialsOn('library');
    const base = `/api/v1/public/regions/${world.region.slug}`;
    const offerList = await ctx.app.inject({ url: `${base}/offers/${world.offer.id}/materials` });
    expect(offerList.statusCode, offerList.body).toBe(200);
    const offerTitles = offerList.json<{ items: Material[] }>().items.map((item) => item.title);
    expect(offerTitles).toContain(onOffer.public.title);
    expect(offerTitles).not.toContain(onOffer.booked_schools.title);
    expect(offerTitles).not.toContain(onOffer.bureau.title);
    const libraryList = await ctx.app.inject({ url: `${base}/library/materials` });
    const libraryTitles = libraryList.json<{ items: Material[] }>().items.map((item) => item.title);
    expect(libraryTitles).toContain(inLibrary.public.title);
    expect(libraryTitles).not.toContain(inLibrary.booked_schools.title);

    const open = (id: string) =>
      ctx.app.inject({ method: 'POST', url: `${base}/materials/${id}/download-link` });
    expect((await open(onOffer.public.id)).statusCode).toBe(200);
    expect((await open(inLibrary.public.id)).statusCode).toBe(200);
    for (const hidden of [onOffer.booked_schools, onOffer.bureau, inLibrary.bureau])
      expect((await open(hidden.id)).statusCode).toBe(404);
  });

  it('when an offer is a draft, then its public material is not public: it shows to neither the public catalogue nor other companies', async () => {
    const offer = await anOffer(ctx.db, world.regionId, world.company.id, { status: 'draft' });
    const onDraft = await world.made(
      world.createLink('company', `/api/v1/offers/${offer.id}/materials`, {
        ...aMaterial({ title: 'Conceptbezoek' }),
        url: 'https://voorbeeld.nl/concept',
      }),
    );
    expect(onDraft.visibility).toBe('public');
    expect((await world.list('otherCompany', `/api/v1/offers/${offer.id}/materials`)).status).toBe(
      404,
    );
    expect((await world.downloadLink('idleSchool', onDraft.id)).statusCode).toBe(404);
    const base = `/api/v1/public/regions/${world.region.slug}`;
    expect((await ctx.app.inject({ url: `${base}/offers/${offer.id}/materials` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: `${base}/materials/${onDraft.id}/download-link`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('when a school is only on the waitlist, then it does not take part; once its visit is completed, it does', async () => {
    const onOffer = await materialsOn('offer');
    const school = await aSchool(ctx.db, world.regionId);
    const coordinator = await aLoggedInUser(
      ctx.app,
      ctx.db,
      world.regionId,
      'school_coordinator',
      school.id,
    );
    const session = await aSession(ctx.db, world.regionId, world.offer.id);
    const aClassOf = () => aClass(ctx.db, world.regionId, school.id);
    const sees = async () => {
      const response = await ctx.app.inject({
        url: world.paths.offer,
        headers: coordinator.headers,
      });
      return response
        .json<{ items: Material[] }>()
        .items.some((item) => item.id === onOffer.booked_schools.id);
    };
    await aBooking(ctx.db, session, school, await aClassOf(), { status: 'waitlisted' });
    expect(await sees()).toBe(false);
    await aBooking(ctx.db, session, school, await aClassOf(), { status: 'cancelled' });
    expect(await sees()).toBe(false);
    await aBooking(ctx.db, session, school, await aClassOf(), { status: 'completed' });
    expect(await sees()).toBe(true);
  });

  it('when readers list, then canManage says who may change each material', async () => {
    const onOffer = await materialsOn('offer');
    const manage = async (who: Who) =>
      (await world.list(who, world.paths.offer)).items!.find(
        (item) => item.id === onOffer.public.id,
      )!.canManage;
    expect(await manage('member')).toBe(true);
    expect(await manage('bureau')).toBe(true);
    expect(await manage('bookedSchool')).toBe(false);
    expect(await manage('otherCompany')).toBe(false);
  });
});
