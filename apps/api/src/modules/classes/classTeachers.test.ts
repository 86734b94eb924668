import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, classTeachers } from '@stagebureau/db';
import { aClass, aLoggedInUser, aRegion, aSchool, aUser } from '../../../test/builders';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let regionId: string;
let schoolId: string;
let coordinator: Awaited<ReturnType<typeof aLoggedInUser>>;
let teacher: Awaited<ReturnType<typeof aLoggedInUser>>;
beforeAll(async () => {
  ctx = await startTestApp();
  regionId = (await aRegion(ctx.db)).id;
  schoolId = (await aSchool(ctx.db, regionId)).id;
  coordinator = await aLoggedInUser(ctx.app, ctx.db, regionId, 'school_coordinator', schoolId);
  teacher = await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', schoolId);
});

const url = (suffix = '') => `/api/v1/schools/${schoolId}/classes${suffix}`;
const setTeachers = (classId: string, userIds: string[], headers = coordinator.headers) =>
  ctx.app.inject({
    method: 'PUT',
    url: url(`/${classId}/teachers`),
    headers,
    payload: { userIds },
  });
const storedTeachers = async (classId: string) =>
  (await ctx.db.select().from(classTeachers).where(eq(classTeachers.classId, classId)))
    .map((row) => row.userId)
    .sort();
const ids = (teachers: { id: string }[]) => teachers.map((t) => t.id).sort();

describe("setting a class's teachers", () => {
  it('when the coordinator sets, replaces and clears the teachers, then the class reads each set and every change is audited', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId);
    const colleague = await aUser(ctx.db, regionId, 'teacher', schoolId);

    const set = await setTeachers(klas.id, [teacher.user.id, coordinator.user.id]);
    expect(set.statusCode).toBe(200);
    expect(ids(set.json().teachers)).toEqual([teacher.user.id, coordinator.user.id].sort());
    expect(set.json().teachers).toContainEqual({ id: teacher.user.id, name: teacher.user.name });

    const replaced = await setTeachers(klas.id, [colleague.id]);
    expect(ids(replaced.json().teachers)).toEqual([colleague.id]);
    expect(await storedTeachers(klas.id)).toEqual([colleague.id]);
    const read = await ctx.app.inject({ url: url(`/${klas.id}`), headers: teacher.headers });
    expect(ids(read.json().teachers)).toEqual([colleague.id]);

    const cleared = await setTeachers(klas.id, []);
    expect(cleared.json().teachers).toEqual([]);
    expect(await storedTeachers(klas.id)).toEqual([]);

    const audit = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, klas.id), eq(auditEvents.action, 'set_teachers')));
    expect(audit).toHaveLength(3);
    expect(audit.map((event) => event.after)).toContainEqual({ teachers: [colleague.id] });
  });

  it('when one user is of another school or a company, then 422 names that one and nothing changes', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId);
    await setTeachers(klas.id, [teacher.user.id]);
    const otherSchool = await aSchool(ctx.db, regionId);
    const stranger = await aUser(ctx.db, regionId, 'teacher', otherSchool.id);
    const bureau = await aUser(ctx.db, regionId, 'bureau_staff');

    const response = await setTeachers(klas.id, [coordinator.user.id, stranger.id, bureau.id]);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.userIds.1',
      'body.userIds.2',
    ]);
    expect(await storedTeachers(klas.id)).toEqual([teacher.user.id]);
  });

  it('when a teacher sets them, then 403; another school’s class is 404; the same user twice is 422', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId);
    expect((await setTeachers(klas.id, [teacher.user.id], teacher.headers)).statusCode).toBe(403);
    const other = await aSchool(ctx.db, regionId);
    const foreign = await aClass(ctx.db, regionId, other.id);
    expect((await setTeachers(foreign.id, [teacher.user.id])).statusCode).toBe(404);
    const twice = await setTeachers(klas.id, [teacher.user.id, teacher.user.id]);
    expect(twice.statusCode).toBe(422);
    expect(await storedTeachers(klas.id)).toEqual([]);
  });

  it('when a teacher asks for her own classes, then only the ones she teaches come back; the coordinator lists whom to pick', async () => {
    // A teacher of her own, so the other tests' classes are not hers.
    const ruben = await aLoggedInUser(ctx.app, ctx.db, regionId, 'teacher', schoolId);
    const mine = await aClass(ctx.db, regionId, schoolId, { name: 'mijn-klas' });
    const notMine = await aClass(ctx.db, regionId, schoolId, { name: 'andere-klas' });
    await setTeachers(mine.id, [ruben.user.id, coordinator.user.id]);
    await setTeachers(notMine.id, [teacher.user.id]);
    const names = async (query: string) =>
      (await ctx.app.inject({ url: url(query), headers: ruben.headers }))
        .json()
        .items.map((c: { name: string }) => c.name);
    expect(await names('?mine=true')).toEqual(['mijn-klas']);
    expect(await names('')).toEqual(expect.arrayContaining(['mijn-klas', 'andere-klas']));

    const staff = await ctx.app.inject({
      url: `/api/v1/schools/${schoolId}/teachers`,
      headers: coordinator.headers,
    });
    expect(staff.statusCode).toBe(200);
    expect(ids(staff.json().items)).toEqual(
      expect.arrayContaining([teacher.user.id, coordinator.user.id]),
    );
    const asTeacher = await ctx.app.inject({
      url: `/api/v1/schools/${schoolId}/teachers`,
      headers: teacher.headers,
    });
    expect(asTeacher.statusCode).toBe(403);
  });
});

describe('the database holds a class to its own school’s teachers', () => {
  it('when a user of another school is inserted directly, then the trigger refuses it by name', async () => {
    const klas = await aClass(ctx.db, regionId, schoolId);
    const otherSchool = await aSchool(ctx.db, regionId);
    const stranger = await aUser(ctx.db, regionId, 'teacher', otherSchool.id);
    const error = await ctx.db
      .insert(classTeachers)
      .values({ classId: klas.id, userId: stranger.id, regionId })
      .then(
        () => null,
        (e: unknown) => e as { cause?: { code?: string; constraint?: string } },
      );
    expect(error?.cause).toMatchObject({ code: '23514', constraint: 'class_teachers_same_school' });
    expect(await storedTeachers(klas.id)).toEqual([]);

    await ctx.db
      .insert(classTeachers)
      .values({ classId: klas.id, userId: teacher.user.id, regionId });
    expect(await storedTeachers(klas.id)).toEqual([teacher.user.id]);
  });
});
