import type { YearPlan } from '@stagebureau/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBoth } from '../../../test/icalParsers';
import { aPlacementWorld } from '../../../test/placementWorld';
import { signedInDatabase } from '../../../test/signedInDatabase';
import { startTestApp, type TestContext } from '../../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

/**
 * Placements of school year 2029-2030 (the world's places are in March 2030): a pupil's
 * accepted one, a pupil's signed one (signed in the database), a teacher's proposed one, and a
 * declined and a cancelled one that no plan shows.
 */
async function aPlacementYear() {
  const w = await aPlacementWorld(ctx);
  const place = await w.aPlace({ places: 5 });
  const teacherPlace = await w.aPlace({
    type: 'teacher_internship',
    title: 'Docentenstage techniek',
    levels: [],
    vmboProfiles: [],
  });
  const accepted = await w.accepted(place.id, (await w.aPupil('Anna', 'Visser')).id);
  const signed = await w.accepted(place.id, (await w.aPupil('Bram', 'Smit')).id);
  await signedInDatabase(ctx.db, signed.id);
  const teacher = await w.ok('POST', '/placements/self', 'teacher', { placeId: teacherPlace.id });
  const declined = (await w.propose(place.id, (await w.aPupil('Cor', 'Bakker')).id)).json();
  await w.ok('POST', `/placements/${declined.id}/decline`, 'company', { reason: 'Vol' }, 200);
  const cancelled = await w.accepted(place.id, (await w.aPupil('Dirk', 'Mulder')).id);
  await w.ok('POST', `/placements/${cancelled.id}/cancel`, 'school', { reason: 'Ziek' }, 200);
  return { ...w, place, teacherPlace, placed: { accepted, signed, teacher, declined, cancelled } };
}

const plansOf = async (
  w: Awaited<ReturnType<typeof aPlacementYear>>,
  path: string,
  who: 'school' | 'company',
) => {
  const response = await w.call('GET', `${path}?schoolYear=2029-2030`, who);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<YearPlan>();
};

const placementItems = (plan: YearPlan) =>
  plan.months.flatMap((month) => month.items.filter((item) => item.placement));

describe('placements in year plans', () => {
  it('when a company and a school read their plan, then each live placement is one item in March with its status, class or teacher and working-day hours, no names, and the totals count them', async () => {
    const w = await aPlacementYear();
    const expected = [w.placed.accepted, w.placed.signed, w.placed.teacher].map((p) => p.id).sort();

    for (const [path, who] of [
      [`/year-plans/companies/${w.company.id}`, 'company'],
      [`/year-plans/schools/${w.school.id}`, 'school'],
    ] as const) {
      const plan = await plansOf(w, path, who);
      const items = placementItems(plan);
      expect(items.map((item) => item.placement!.id).sort()).toEqual(expected);
      // One item per placement and nothing else: no session item for the places, no booking item.
      expect(plan.totalItems).toBe(3);
      expect(plan.totalPlacements).toBe(3);
      expect(plan.months.find((month) => month.month === '2030-03')!.items).toHaveLength(3);
      // 16 working days (Mon–Thu, 4–28 March) × 8 hours, three times, by hand.
      expect(plan.totalHours).toBe(3 * 128);
      const byId = new Map(items.map((item) => [item.placement!.id, item]));
      expect(byId.get(w.placed.accepted.id)).toMatchObject({
        title: 'Stage installatietechniek',
        type: 'internship',
        companyName: 'Installatiebedrijf Noord',
        bookingId: w.placed.accepted.bookingId,
        classes: [],
        hours: 128,
        placement: {
          status: 'accepted',
          participantKind: 'pupil',
          className: '3KB',
          schoolName: 'Dr. Nassau College',
          startsOn: '2030-03-04',
          endsOn: '2030-03-28',
          weekdays: [1, 2, 3, 4],
          dayStarts: '08:00',
          dayEnds: '16:00',
          workingDays: 16,
        },
      });
      expect(byId.get(w.placed.signed.id)!.placement!.status).toBe('signed');
      expect(byId.get(w.placed.teacher.id)!.placement).toMatchObject({
        status: 'proposed',
        participantKind: 'teacher',
        className: null,
      });
      const body = JSON.stringify(plan);
      for (const name of ['Anna', 'Visser', 'Bram', 'Smit']) expect(body).not.toContain(name);
    }
  });

  it('when the plan is downloaded as .ics, then it has one repeating event per placement, read the same by both parsers', async () => {
    const w = await aPlacementYear();
    const response = await w.call(
      'GET',
      `/year-plans/schools/${w.school.id}.ics?schoolYear=2029-2030`,
      'school',
    );
    expect(response.statusCode, response.body).toBe(200);
    const events = parseBoth(response.body).events;
    expect(events.map((event) => event.uid).sort()).toEqual(
      [w.placed.accepted, w.placed.signed, w.placed.teacher]
        .map((p) => `placement-${p.id}@stagebureau.nl`)
        .sort(),
    );
    for (const event of events) {
      expect(event.rrule).toEqual({
        freq: 'WEEKLY',
        byday: ['MO', 'TU', 'WE', 'TH'],
        until: '2030-03-28T15:00:00Z',
      });
      expect(event.occurrences).toHaveLength(16);
    }
  });

  it('when another school year is asked for, then the placements are not in it', async () => {
    const w = await aPlacementYear();
    const plan = await w.ok(
      'GET',
      `/year-plans/companies/${w.company.id}?schoolYear=2030-2031`,
      'company',
    );
    expect(plan.totalItems).toBe(0);
    expect(plan.totalPlacements).toBe(0);
  });
});
