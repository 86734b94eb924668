import { and, count, eq, sum } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditEvents,
  bookings,
  classes,
  feeds,
  offers,
  organisations,
  refreshTokens,
  schema,
  users,
} from '@stagebureau/db';
import { aBooking, anOffer, aSession } from '../../../test/activityBuilders';
import { subscribe } from '../../../test/feedBuilders';
import {
  aClass,
  aCompany,
  aLoggedInUser,
  aRegion,
  aSchool,
  testPassword,
} from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

const tables = (Object.values(schema) as unknown[]).filter(
  (value): value is PgTable =>
    typeof value === 'object' && value !== null && Symbol.for('drizzle:IsDrizzleTable') in value,
);

describe('pupil personal data in the schema (AVG): exactly the placement data set', () => {
  // Issue 16: a placement needs a pupil on an agreement. Exactly these columns hold a pupil's
  // person, all in `participants`; nothing else anywhere (no birth date, BSN, photo, notes).
  const pupilDataSet = [
    'participants.first_name',
    'participants.surname',
    'participants.class_id',
    'participants.education_level',
    'participants.vmbo_profile',
    'participants.school_year',
    'participants.is_minor',
    'participants.guardian_email',
  ];
  const columnsOf = (table: PgTable) => {
    const config = getTableConfig(table);
    return config.columns.map((column) => `${config.name}.${column.name}`);
  };

  it('when every column of every table is read, then no pupil detail lies outside the participants table', () => {
    expect(tables.length).toBeGreaterThan(10);
    // The participants table is the data set itself; DUO's pupil counts per school location
    // are open data: numbers, nobody in them.
    const outside = ['participants', 'school_location_pupil_counts'];
    const columns = tables.flatMap((table) =>
      outside.includes(getTableConfig(table).name) ? [] : columnsOf(table),
    );
    expect(columns.length).toBeGreaterThan(100);
    const personal =
      /birth|geboorte|bsn|burgerservice|student|leerling|pupil|first_?name|last_?name|surname|achternaam|voornaam|gender|geslacht|nationality|religion|medical|allerg|photo|portrait/i;
    expect(columns.filter((column) => personal.test(column))).toEqual([]);
  });

  it('when the participants table is read, then its personal columns are exactly the allowed set', () => {
    const table = tables.find((t) => getTableConfig(t).name === 'participants')!;
    const personal = columnsOf(table).filter(
      (column) =>
        !/\.(id|region_id|school_id|kind|user_id|pseudonym|erased_at|created_by|created_at|updated_at)$/.test(
          column,
        ),
    );
    expect(personal.sort()).toEqual([...pupilDataSet].sort());
  });
});

describe('classes hold no pupil data', () => {
  it('when the classes table is read, then a class is only a name, level, year, profile and size', () => {
    const names = getTableConfig(classes).columns.map((column) => column.name);
    const bookkeeping = ['id', 'region_id', 'organisation_id', 'location_id', 'archived_at'];
    expect(names.sort()).toEqual(
      [
        ...bookkeeping,
        'name',
        'education_level',
        'school_year',
        'vmbo_profile',
        'size',
        'created_at',
        'updated_at',
      ].sort(),
    );
  });
});

async function aSchoolWithActivity() {
  const region = await aRegion(ctx.db);
  const school = await aSchool(ctx.db, region.id, {
    contactEmail: 'info@school.test',
    contactPhone: '0592 111111',
  });
  const company = await aCompany(ctx.db, region.id, { contactEmail: 'info@bedrijf.test' });
  const offer = await anOffer(ctx.db, region.id, company.id);
  const session = await aSession(ctx.db, region.id, offer.id);
  const schoolClass = await aClass(ctx.db, region.id, school.id, { size: 22 });
  const booking = await aBooking(ctx.db, session, school, schoolClass, {
    teachers: ['Mevr. P. Jansen'],
  });
  const coordinator = await aLoggedInUser(
    ctx.app,
    ctx.db,
    region.id,
    'school_coordinator',
    school.id,
  );
  const teacher = await aLoggedInUser(ctx.app, ctx.db, region.id, 'teacher', school.id);
  const companyAdmin = await aLoggedInUser(ctx.app, ctx.db, region.id, 'company_admin', company.id);
  const bureauAdmin = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_admin');
  const bureauStaff = await aLoggedInUser(ctx.app, ctx.db, region.id, 'bureau_staff');
  const feed = await subscribe(ctx.app, coordinator.headers, 'school', school.id);
  return {
    region,
    school,
    company,
    offer,
    session,
    booking,
    coordinator,
    teacher,
    companyAdmin,
    bureauAdmin,
    bureauStaff,
    feed,
  };
}

const activityOf = async (schoolId: string) =>
  ctx.db
    .select({ bookings: count(), seats: sum(bookings.seats) })
    .from(bookings)
    .where(eq(bookings.schoolId, schoolId));

describe('exporting an organisation personal data', () => {
  it('when the bureau exports a school, then its users, contacts and teachers are in it', async () => {
    const world = await aSchoolWithActivity();
    const response = await ctx.app.inject({
      url: `/api/v1/organisations/${world.school.id}/personal-data`,
      headers: world.bureauStaff.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.organisation).toMatchObject({
      id: world.school.id,
      contactEmail: 'info@school.test',
      contactPhone: '0592 111111',
    });
    expect(body.users.map((u: { email: string }) => u.email).sort()).toEqual(
      [world.coordinator.user.email, world.teacher.user.email].sort(),
    );
    expect(body.bookingTeachers).toEqual([
      { bookingId: world.booking.id, teachers: ['Mevr. P. Jansen'] },
    ]);
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('when a company exports, then its offer contacts are in it', async () => {
    const world = await aSchoolWithActivity();
    const response = await ctx.app.inject({
      url: `/api/v1/organisations/${world.company.id}/personal-data`,
      headers: world.bureauAdmin.headers,
    });
    expect(response.json().offerContacts).toEqual([
      expect.objectContaining({
        offerId: world.offer.id,
        contactName: 'Jan de Vries',
        contactEmail: 'jan@bedrijf.test',
      }),
    ]);
  });

  it('when anyone but the bureau asks, then 403 for its own organisation and 404 for another region', async () => {
    const world = await aSchoolWithActivity();
    const other = await aSchoolWithActivity();
    const statuses = await Promise.all(
      [
        [world.coordinator.headers, world.school.id],
        [world.companyAdmin.headers, world.company.id],
        [world.bureauAdmin.headers, other.school.id],
      ].map(
        async ([headers, id]) =>
          (
            await ctx.app.inject({
              url: `/api/v1/organisations/${id as string}/personal-data`,
              headers: headers as Record<string, string>,
            })
          ).statusCode,
      ),
    );
    expect(statuses).toEqual([403, 403, 404]);
  });
});

describe('erasing an organisation personal data', () => {
  const erase = (headers: Record<string, string>, id: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${id}/erase-personal-data`,
      headers,
      payload: { reason: 'Verzoek van de school (AVG art. 17)' },
    });

  it('when the bureau admin erases a school, then people are anonymous, locked out, and the activity stays', async () => {
    const world = await aSchoolWithActivity();
    const activityBefore = await activityOf(world.school.id);
    const response = await erase(world.bureauAdmin.headers, world.school.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      usersAnonymised: 2,
      feedsRevoked: 1,
      bookingsCleared: 1,
    });

    const people = await ctx.db
      .select()
      .from(users)
      .where(eq(users.organisationId, world.school.id));
    for (const person of people) {
      expect(person).toMatchObject({ status: 'disabled', name: 'Verwijderde gebruiker' });
      expect(person.email).toBe(`erased-${person.id}@erased.invalid`);
    }
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: world.coordinator.user.email, password: testPassword },
    });
    expect(login.statusCode).toBe(401);
    const me = await ctx.app.inject({ url: '/api/v1/me', headers: world.coordinator.headers });
    expect(me.statusCode).toBe(401);
    const refresh = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: world.coordinator.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    const liveTokens = await ctx.db
      .select()
      .from(refreshTokens)
      .where(and(eq(refreshTokens.userId, world.coordinator.user.id)));
    expect(liveTokens.every((token) => token.revokedAt !== null)).toBe(true);
    const [feed] = await ctx.db.select().from(feeds).where(eq(feeds.id, world.feed.id));
    expect(feed!.revokedAt).not.toBeNull();
    expect((await ctx.app.inject({ url: world.feed.path })).statusCode).toBe(404);

    const [school] = await ctx.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, world.school.id));
    expect(school).toMatchObject({ contactEmail: null, contactPhone: null, status: 'active' });
    const [booking] = await ctx.db.select().from(bookings).where(eq(bookings.id, world.booking.id));
    expect(booking).toMatchObject({ teachers: [], status: 'confirmed', seats: 22 });
    expect(await activityOf(world.school.id)).toEqual(activityBefore);

    const trail = await ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, world.school.id),
          eq(auditEvents.action, 'erase_personal_data'),
        ),
      );
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actorUserId: world.bureauAdmin.user.id });

    const exported = await ctx.app.inject({
      url: `/api/v1/organisations/${world.school.id}/personal-data`,
      headers: world.bureauAdmin.headers,
    });
    const text = exported.body;
    expect(text).not.toContain(world.coordinator.user.email);
    expect(text).not.toContain('Mevr. P. Jansen');
    expect(text).not.toContain('info@school.test');
  });

  it('when a company is erased, then its offers lose their contact but stay published', async () => {
    const world = await aSchoolWithActivity();
    expect((await erase(world.bureauAdmin.headers, world.company.id)).statusCode).toBe(200);
    const [offer] = await ctx.db.select().from(offers).where(eq(offers.id, world.offer.id));
    expect(offer).toMatchObject({
      contactName: 'Contactpersoon verwijderd',
      contactEmail: '',
      status: 'published',
    });
    const read = await ctx.app.inject({
      url: `/api/v1/offers/${world.offer.id}`,
      headers: world.coordinator.headers,
    });
    expect(read.statusCode, read.body).toBe(200);
  });

  it('when bureau staff or another region asks to erase, then 403 / 404 and nothing changes', async () => {
    const world = await aSchoolWithActivity();
    const other = await aSchoolWithActivity();
    expect((await erase(world.bureauStaff.headers, world.school.id)).statusCode).toBe(403);
    expect((await erase(world.coordinator.headers, world.school.id)).statusCode).toBe(403);
    expect((await erase(other.bureauAdmin.headers, world.school.id)).statusCode).toBe(404);
    const people = await ctx.db
      .select()
      .from(users)
      .where(eq(users.organisationId, world.school.id));
    expect(people.every((person) => person.status === 'active')).toBe(true);
  });
});
