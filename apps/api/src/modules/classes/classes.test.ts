import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { classes, schoolLocations } from '@stagebureau/db';
import { aClass, aLoggedInUser, aRegion, aSchool } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let schoolId: string;
let coordinator: Record<string, string>;
let teacher: Record<string, string>;
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  schoolId = (await aSchool(ctx.db, regionId)).id;
  coordinator = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'school_coordinator', schoolId))
    .headers;
  teacher = (await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', schoolId)).headers;
});

const url = (suffix = '') => `/api/v1/schools/${schoolId}/classes${suffix}`;
const validClass = {
  name: '3KB-a',
  educationLevel: 'vmbo-kb',
  schoolYear: 3,
  size: 24,
  vmboProfile: 'PIE',
};
const post = (payload: object, headers = coordinator) =>
  ctx.app.inject({ method: 'POST', url: url(), headers, payload });
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

describe('creating classes', () => {
  it('when the coordinator adds a valid class, then it is created and the teacher can read it', async () => {
    const response = await post(validClass);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ ...validClass, organisationId: schoolId, archivedAt: null });
    const read = await ctx.app.inject({ url: url(`/${created.id}`), headers: teacher });
    expect(read.statusCode).toBe(200);
    expect(read.json().name).toBe('3KB-a');
  });

  it.each([
    [{ size: 0 }, 'body.size'],
    [{ size: 41 }, 'body.size'],
    [{ schoolYear: 7 }, 'body.schoolYear'],
    [{ schoolYear: 0 }, 'body.schoolYear'],
    [{ educationLevel: 'gymnasium' }, 'body.educationLevel'],
    [{ vmboProfile: 'Sport' }, 'body.vmboProfile'],
    [{ size: '20' }, 'body.size'],
    [{ name: '' }, 'body.name'],
  ])('when %j, then 422 names %s and nothing is stored', async (change, path) => {
    const name = `ongeldig-${Math.random()}`;
    const response = await post({ ...validClass, name, ...change });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('validation_failed');
    expect(paths(response.json())).toContain(path);
    expect(await ctx.db.select().from(classes).where(eq(classes.name, name))).toHaveLength(0);
  });

  it('when a field is unknown, then 422 names it', async () => {
    const response = await post({ ...validClass, students: ['Piet'] });
    expect(response.statusCode).toBe(422);
    expect(paths(response.json())).toEqual(['body.students']);
  });

  it('when the location belongs to another school, then 422 on locationId', async () => {
    const other = await aSchool(ctx.db, regionId);
    const [location] = await ctx.db
      .insert(schoolLocations)
      .values({ regionId, organisationId: other.id, name: 'X', postcode: '1234 AB', city: 'X' })
      .returning();
    const response = await post({ ...validClass, locationId: location!.id });
    expect(response.statusCode).toBe(422);
    expect(paths(response.json())).toEqual(['body.locationId']);
  });

  it('when a teacher adds a class, then 403; a coordinator of another school gets 404', async () => {
    expect((await post(validClass, teacher)).statusCode).toBe(403);
    const other = await aSchool(ctx.db, regionId);
    const stranger = await aLoggedInUser(ctx.app, ctx.db, regionId, 'school_coordinator', other.id);
    expect((await post(validClass, stranger.headers)).statusCode).toBe(404);
    const list = await ctx.app.inject({ url: url(), headers: stranger.headers });
    expect(list.statusCode).toBe(404);
  });
});

describe('editing and archiving classes', () => {
  it('when the coordinator edits the size, then it changes', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId, { size: 20 });
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: url(`/${klas.id}`),
      headers: coordinator,
      payload: { size: 28 },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().size).toBe(28);
  });

  it('when the edit is out of range, then 422 and the class keeps its size', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId, { size: 20 });
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: url(`/${klas.id}`),
      headers: coordinator,
      payload: { size: 41 },
    });
    expect(response.statusCode).toBe(422);
    const [row] = await ctx.db.select().from(classes).where(eq(classes.id, klas.id));
    expect(row!.size).toBe(20);
  });

  it('when a class is deleted, then it is archived, not removed, hidden from the list and no longer editable', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId);
    const response = await ctx.app.inject({
      method: 'DELETE',
      url: url(`/${klas.id}`),
      headers: coordinator,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().archivedAt).not.toBeNull();
    const [row] = await ctx.db.select().from(classes).where(eq(classes.id, klas.id));
    expect(row!.archivedAt).toBeInstanceOf(Date);

    const ids = async (query: string) =>
      (await ctx.app.inject({ url: url(query), headers: teacher }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await ids('')).not.toContain(klas.id);
    expect(await ids('?includeArchived=true')).toContain(klas.id);

    const edit = await ctx.app.inject({
      method: 'PATCH',
      url: url(`/${klas.id}`),
      headers: coordinator,
      payload: { size: 10 },
    });
    expect(edit.statusCode).toBe(409);
  });

  it('when the class id belongs to another school, then 404 even with a valid school id', async () => {
    const other = await aSchool(ctx.db, regionId);
    const foreign = await aClass(ctx.db, regionId, other.id);
    const response = await ctx.app.inject({ url: url(`/${foreign.id}`), headers: coordinator });
    expect(response.statusCode).toBe(404);
  });
});
