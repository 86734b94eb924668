import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, bookings } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { aPlacementWorld, placeTerms, pupilOf } from '../../../test/placementWorld';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

describe('internship places', () => {
  it('when a company publishes a place, then it has its places free and stays out of the catalogue', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    expect(place).toMatchObject({
      places: 2,
      free: 2,
      startsOn: '2030-03-04',
      endsOn: '2030-03-28',
      weekdays: [1, 2, 3, 4],
      supervisor: { name: 'Henk de Vries' },
    });
    const listed = await world.ok('GET', '/places?level=vmbo-kb', 'school');
    expect(listed.items.map((p: { id: string }) => p.id)).toEqual([place.id]);
    const catalogue = await world.ok('GET', '/offers', 'school');
    expect(catalogue.items.map((o: { id: string }) => o.id)).not.toContain(place.offerId);
  });

  it('when a place lies in the past, then 422 names the start and nothing is written', async () => {
    const world = await aPlacementWorld(ctx);
    const response = await world.call('POST', '/places', 'company', {
      ...placeTerms,
      startsOn: '2020-03-02',
      endsOn: '2020-03-05',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: 'body.startsOn', message: 'in the past' }]);
    expect((await world.ok('GET', '/places', 'company')).items).toEqual([]);
  });

  it('when a class is booked into a place like an activity, then it is refused: a place is booked per pupil', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      headers: { ...world.users.school.headers, 'idempotency-key': 'class-into-place' },
      payload: { sessionId: place.sessionId, classId: world.schoolClass.id },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('wrong_booking_mode');
  });
});

describe('pupils, minimal', () => {
  it('when a pupil is registered with a field outside the allowed set, then 422 names it and nothing is written', async () => {
    const world = await aPlacementWorld(ctx);
    const response = await world.call('POST', '/pupils', 'school', {
      ...pupilOf(world.schoolClass.id),
      dateOfBirth: '2012-05-01',
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('dateOfBirth');
    expect((await world.ok('GET', '/pupils', 'school')).items).toEqual([]);
  });

  it('when a minor is registered without a guardian e-mail, then 422 names the field', async () => {
    const world = await aPlacementWorld(ctx);
    const response = await world.call('POST', '/pupils', 'school', {
      ...pupilOf(world.schoolClass.id),
      guardianEmail: null,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('body.guardianEmail');
  });

  it('when a pupil is registered, then level, year and profile come from the class and a pseudonym is made', async () => {
    const world = await aPlacementWorld(ctx);
    const pupil = await world.aPupil();
    expect(pupil).toMatchObject({
      firstName: 'Sanne',
      surname: 'de Boer',
      className: '3KB',
      educationLevel: 'vmbo-kb',
      schoolYear: 3,
      vmboProfile: 'PIE',
      isMinor: true,
      guardianEmail: 'ouder.sanne@thuis.example',
    });
    expect(pupil.pseudonym).toMatch(/^L-[A-Z2-9]{6}$/);
  });
});

describe('placing a pupil', () => {
  it('when the school proposes and the company accepts, then the booking is confirmed and the place taken', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    const proposed = await world.propose(place.id, pupil.id);
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json()).toMatchObject({ status: 'proposed', startsOn: '2030-03-04' });
    const accepted = await world.ok(
      'POST',
      `/placements/${proposed.json().id}/accept`,
      'company',
      undefined,
      200,
    );
    expect(accepted.status).toBe('accepted');
    const [booking] = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.id, accepted.bookingId));
    expect(booking).toMatchObject({
      status: 'confirmed',
      seats: 1,
      participantId: pupil.id,
      classId: world.schoolClass.id,
    });
    expect((await world.ok('GET', `/places/${place.id}`, 'school')).free).toBe(1);
  });

  it('when the company declines with a reason, then the place is free again and the school sees why', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace({ places: 1 });
    const pupil = await world.aPupil();
    const proposed = (await world.propose(place.id, pupil.id)).json();
    expect((await world.ok('GET', `/places/${place.id}`, 'school')).free).toBe(0);
    await world.ok(
      'POST',
      `/placements/${proposed.id}/decline`,
      'company',
      { reason: 'Geen begeleider in die weken' },
      200,
    );
    const seen = await world.ok('GET', `/placements/${proposed.id}`, 'school');
    expect(seen).toMatchObject({
      status: 'declined',
      declineReason: 'Geen begeleider in die weken',
    });
    expect((await world.ok('GET', `/places/${place.id}`, 'school')).free).toBe(1);
  });

  it('when a pupil does not fit the place, then 409 audience_mismatch and nothing is written', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace({ levels: ['havo'] });
    const pupil = await world.aPupil();
    const response = await world.propose(place.id, pupil.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('audience_mismatch');
    expect((await world.ok('GET', '/placements', 'school')).items).toEqual([]);
  });

  it("when a school proposes another school's pupil, then 404", async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const theirs = await world.aPupil('Bram', 'Smit', 'otherSchool');
    const response = await world.propose(place.id, theirs.id);
    expect(response.statusCode).toBe(404);
  });

  it('when a teacher books a teacher internship, then the teacher is the participant, without a class', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace({ type: 'teacher_internship', levels: [], vmboProfiles: [] });
    const response = await world.call('POST', '/placements/self', 'teacher', { placeId: place.id });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().participant).toMatchObject({
      kind: 'teacher',
      classId: null,
      isMinor: false,
    });
    const pupil = await world.aPupil();
    const pupilTry = await world.propose(place.id, pupil.id);
    expect(pupilTry.json().code).toBe('audience_mismatch');
    const mine = await world.ok('GET', '/placements?mine=true', 'teacher');
    expect(mine.items.map((p: { id: string }) => p.id)).toEqual([response.json().id]);
    expect((await world.ok('GET', '/placements?mine=true', 'school')).items).toEqual([]);
  });
});

describe('who sees a pupil', () => {
  it('when a pupil is proposed, then the company sees a pseudonym until it accepts, and every outside read is audited', async () => {
    const world = await aPlacementWorld(ctx);
    const place = await world.aPlace();
    const pupil = await world.aPupil();
    const proposed = (await world.propose(place.id, pupil.id)).json();
    const before = await world.ok('GET', `/placements/${proposed.id}`, 'company');
    expect(before.participant).toMatchObject({
      firstName: null,
      surname: null,
      className: null,
      pseudonym: pupil.pseudonym,
    });
    await world.ok('POST', `/placements/${proposed.id}/accept`, 'company', undefined, 200);
    const after = await world.ok('GET', `/pupils/${pupil.id}`, 'company');
    expect(after).toMatchObject({
      firstName: 'Sanne',
      surname: 'de Boer',
      className: '3KB',
      guardianEmail: null,
    });
    const bureau = await world.ok('GET', `/pupils/${pupil.id}`, 'bureau');
    expect(bureau).toMatchObject({ firstName: null, surname: null, pseudonym: pupil.pseudonym });
    expect((await world.call('GET', `/pupils/${pupil.id}`, 'otherCompany')).statusCode).toBe(404);
    const reads = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, pupil.id), eq(auditEvents.action, 'read')));
    expect(reads.map((r) => r.actorRole).sort()).toEqual(
      expect.arrayContaining(['bureau_staff', 'company_admin']),
    );
    expect(reads.every((r) => !JSON.stringify(r).includes('Sanne'))).toBe(true);
  });
});
