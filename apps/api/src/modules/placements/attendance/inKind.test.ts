import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookings, regions } from '@stagebureau/db';
import { addDays } from '@stagebureau/domain';
import { startTestApp, type TestContext } from '../../../../test/harness';
import { runBookingSweep } from '../../bookings/sweep';
import { aRunningPlacement, at, latestPath, weekRows } from './attendance.testWorld';
import { sweepAttendance } from './sweep';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});

describe('confirmed supervision hours as in-kind contribution', () => {
  it('when hours are confirmed, then the co-financing report values them at the rate of the place’s type, and the placement’s booking adds nothing', async () => {
    const running = await aRunningPlacement(ctx);
    const { world } = running;
    // The region values internships at €45 an hour (its default stays €60).
    await ctx.db
      .update(regions)
      .set({
        settings: sql`${regions.settings} || '{"inKindHourlyRateEuroByOfferType":{"internship":45}}'::jsonb`,
      })
      .where(eq(regions.id, world.regionId));

    // Week 1 by the supervisor's link (all 4 days), week 2 by the company (3 days), week 3
    // requested but never confirmed, week 4 only an absence: 32 + 24 hours.
    await sweepAttendance(ctx.db, at(addDays(running.startsOn, 4)));
    const [week1] = await weekRows(ctx, running.placementId);
    const token = await latestPath(ctx, 'placement.attendance_requested', 'weekId', week1!.id);
    const byLink = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/public/attendance/${token}`,
      payload: {},
    });
    expect(byLink.statusCode, byLink.body).toBe(200);
    await world.ok(
      'POST',
      `/placements/${running.placementId}/attendance`,
      'company',
      { weekOf: running.weeks[1], presentDays: running.daysOf(running.weeks[1]!).slice(1) },
      200,
    );
    await sweepAttendance(ctx.db, at(addDays(running.weeks[2]!, 4)));
    await world.ok('POST', `/placements/${running.placementId}/absences`, 'company', {
      day: running.weeks[3],
    });
    // The booking closes as completed once the period is over, like any activity's.
    await runBookingSweep(ctx.db, new Date());
    const [booking] = await ctx.db
      .select()
      .from(bookings)
      .where(eq(bookings.sessionId, running.place.sessionId));
    expect(booking!.status).toBe('completed');

    const hours = 32 + 24;
    const amountCents = hours * 4500; // by hand: 56 h × €45
    const report = await world.ok('GET', '/reports/co-financing', 'bureau');
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      sessionId: running.place.sessionId,
      offerId: running.place.offerId,
      offerType: 'internship',
      companyId: world.company.id,
      inKindHours: hours,
      hourlyRateCents: 4500,
      amountCents,
      schoolNames: ['Dr. Nassau College'],
      classCount: 0,
      seats: 1,
    });
    expect(report.total).toEqual({ activities: 1, hours, amountCents });
    expect(report.byCompany).toEqual([
      {
        companyId: world.company.id,
        companyName: 'Installatiebedrijf Noord',
        activities: 1,
        hours,
        amountCents,
      },
    ]);

    const own = await world.ok(
      'GET',
      `/reports/co-financing?companyId=${world.company.id}`,
      'company',
    );
    expect(own.total).toEqual({ activities: 1, hours, amountCents });
    const visits = await world.ok('GET', '/reports/co-financing?offerType=company_visit', 'bureau');
    expect(visits.total).toEqual({ activities: 0, hours: 0, amountCents: 0 });
  });
});
