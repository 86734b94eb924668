import { eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditEvents, materials, materialVersions, sessions, type Database } from '@stagebureau/db';
import type { Material, MaterialDownload, MaterialPage, RegionSettings } from '@stagebureau/domain';
import { anOffer, aBooking, aSession } from '../../../test/activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import type { TestContext } from '../../../test/harness';
import { placeTerms } from '../../../test/placementWorld';
import { aMenuCard, aRequest, aSignUp } from '../../../test/requestBuilders';
import { aPdf, multipartBody } from '../storage/storage.testWorld';

/** The fields of a material, as JSON; a link needs `url` too. */
export const aMaterial = (values: Record<string, unknown> = {}) => ({
  title: 'Veiligheidsinstructie werkplaats',
  kind: 'safety_sheet',
  visibility: 'public',
  ...values,
});

/**
 * A region with the host company (admin, member) and its published company visit, its
 * internship place and another company; a school with a confirmed booking of the visit and a
 * proposed placement in the place (coordinator, teacher), a school with neither (coordinator,
 * teacher); the bureau. The booked school asked a request that the host company takes a part
 * of. Materials go through the API.
 */
export async function aMaterialsWorld(ctx: TestContext, settings: Partial<RegionSettings> = {}) {
  const region = await aRegion(ctx.db, settings);
  const regionId = region.id;
  const company = await aCompany(ctx.db, regionId, { name: 'Installatiebedrijf Noord' });
  const otherCompany = await aCompany(ctx.db, regionId, { name: 'Bouwbedrijf Zuid' });
  const bookedSchool = await aSchool(ctx.db, regionId, { name: 'Dr. Nassau College' });
  const idleSchool = await aSchool(ctx.db, regionId, { name: 'Esdal College' });
  const login = (role: Parameters<typeof aLoggedInUser>[3], org: string | null = null) =>
    aLoggedInUser(ctx.app, ctx.db, regionId, role, org);
  const users = {
    bureau: await login('bureau_staff'),
    company: await login('company_admin', company.id),
    member: await login('company_member', company.id),
    otherCompany: await login('company_admin', otherCompany.id),
    bookedSchool: await login('school_coordinator', bookedSchool.id),
    bookedTeacher: await login('teacher', bookedSchool.id),
    idleSchool: await login('school_coordinator', idleSchool.id),
    idleTeacher: await login('teacher', idleSchool.id),
  };
  type Who = keyof typeof users;

  const schoolClass = await aClass(ctx.db, regionId, bookedSchool.id, { name: '3KB' });
  const offer = await anOffer(ctx.db, regionId, company.id, { title: 'Bedrijfsbezoek Noord' });
  const session = await aSession(ctx.db, regionId, offer.id);
  await aBooking(ctx.db, session, bookedSchool, schoolClass);

  const placed = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/places',
    headers: users.company.headers,
    payload: placeTerms,
  });
  expect(placed.statusCode, placed.body).toBe(201);
  const place = placed.json<{ id: string; offerId: string; sessionId: string }>();
  const [placeSession] = await ctx.db
    .select()
    .from(sessions)
    .where(eq(sessions.id, place.sessionId));
  // A proposed placement holds its place as a requested one-seat booking.
  await aBooking(ctx.db, placeSession!, bookedSchool, schoolClass, {
    status: 'requested',
    seats: 1,
  });

  const card = await aMenuCard(ctx.db, regionId);
  const { request, parts } = await aRequest(ctx.db, card, [schoolClass], {
    title: 'Gastles installatietechniek',
  });
  await aSignUp(ctx.db, request, company.id, [
    { partId: parts[0]!.id, startsAt: new Date('2028-02-09T12:00:00Z') },
  ]);

  const paths = {
    offer: `/api/v1/offers/${offer.id}/materials`,
    place: `/api/v1/places/${place.id}/materials`,
    request: `/api/v1/requests/${request.id}/materials`,
    library: '/api/v1/library/materials',
  };

  const as = (who: Who) => users[who].headers;
  const createLink = (who: Who, path: string, body: object) =>
    ctx.app.inject({ method: 'POST', url: path, headers: as(who), payload: body });
  const upload = async (
    who: Who,
    path: string,
    fields: Record<string, string>,
    file: { bytes?: Buffer; fileName?: string; type?: string } = {},
  ) => {
    const body = multipartBody(
      {
        bytes: file.bytes ?? (await aPdf(fields.title ?? 'Materiaal')),
        fileName: file.fileName ?? 'materiaal.pdf',
        type: file.type ?? 'application/pdf',
      },
      fields,
    );
    return ctx.app.inject({
      method: 'POST',
      url: path,
      headers: { ...as(who), ...body.headers },
      payload: body.payload,
    });
  };
  /** A material made through the API; fails the test when it is refused. */
  const made = async (response: Promise<{ statusCode: number; body: string }>) => {
    const answered = await response;
    expect(answered.statusCode, answered.body).toBe(201);
    return JSON.parse(answered.body) as Material;
  };
  const list = async (who: Who, path: string) => {
    const response = await ctx.app.inject({ url: path, headers: as(who) });
    return { status: response.statusCode, items: response.json<{ items?: Material[] }>().items };
  };
  const library = async (who: Who, query: Record<string, string> = {}) => {
    const response = await ctx.app.inject({ url: paths.library, query, headers: as(who) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<MaterialPage>();
  };
  const downloadLink = (who: Who, id: string, version?: number) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/materials/${id}/download-link`,
      query: version ? { version: String(version) } : {},
      headers: as(who),
    });
  /** The bytes behind a signed link, fetched as a browser would (no account). */
  const fetchLink = async (link: MaterialDownload) => {
    const response = await ctx.app.inject({
      url: new URL(link.url).pathname + new URL(link.url).search,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload;
  };

  return {
    region,
    regionId,
    company,
    otherCompany,
    bookedSchool,
    idleSchool,
    schoolClass,
    offer,
    place,
    request,
    users,
    paths,
    as,
    createLink,
    upload,
    made,
    list,
    library,
    downloadLink,
    fetchLink,
  };
}
export type MaterialsWorld = Awaited<ReturnType<typeof aMaterialsWorld>>;
export type Who = keyof MaterialsWorld['users'];

/** What the tables hold of these materials: rows and versions, straight from the database. */
export async function rowsOf(db: Database, ids: string[]) {
  if (!ids.length) return { materials: [], versions: [] };
  return {
    materials: await db.select().from(materials).where(inArray(materials.id, ids)),
    versions: await db
      .select()
      .from(materialVersions)
      .where(inArray(materialVersions.materialId, ids)),
  };
}

export const auditOf = (db: Database, materialId: string) =>
  db.select().from(auditEvents).where(eq(auditEvents.entityId, materialId));
