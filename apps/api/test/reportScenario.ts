import {
  allocationRequests,
  allocationResults,
  allocationRounds,
  auditEvents,
  type Database,
} from '@stagebureau/db';
import { defaultAllocationPolicy } from '@stagebureau/domain';
import type { App } from '../src/app';
import { aBooking, anOffer, aSession } from './activityBuilders';
import { aClass, aCompany, aLoggedInUser, aRegion, aSchool } from './builders';

/** A session at an Amsterdam wall-clock start, lasting `hours`. */
const at = (utc: string, hours = 2) => {
  const startsAt = new Date(utc);
  return { startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000) };
};

/**
 * The seeded year for report tests; every expected number in the report tests is computed by
 * hand from this list (rates: €60/h, company visits €45/h, target €1.000):
 *
 * | session | company | offer (type, in-kind h) | start (Amsterdam)  | bookings                         |
 * | s6      | B       | internship 1,5          | 2025-06-01         | c3 completed                     |
 * | s1      | A       | guest_lesson 2,5        | 2026-03-10         | c1 completed, c3 completed       |
 * | s7      | A       | guest_lesson (cancelled)| 2026-04-01         | c2 cancelled                     |
 * | s8      | A       | guest_lesson 2,5        | 2026-05-10         | c3 waitlisted, c2 cancelled (was waitlisted) |
 * | s2      | A       | guest_lesson 2,5        | 31 Jul 22:00 → 1 Aug 02:00 2026 | c1 completed        |
 * | s3      | A       | company_visit 3         | 2026-09-15         | c2 completed, c3 no_show         |
 * | s4      | A       | company_visit 3         | 2026-10-01         | c1 no_show                       |
 * | s9      | C       | internship 0            | 2026-10-20         | c3 completed                     |
 * | s5      | B       | internship 1,5          | 2026-11-05         | c2 completed, c1 cancelled       |
 *
 * School S1: c1 (vmbo-kb, PIE, 20), c2 (havo, 25); S2: c3 (vmbo-kb, 30); S3: c4 (mbo-2, 15),
 * which never books. An allocation round (closed 1 Feb 2026) placed S1 in preference 1 and 2
 * and left S2 unplaced.
 */
export async function aReportYear(app: App, db: Database) {
  const region = await aRegion(db, {
    inKindHourlyRateEuro: 60,
    inKindHourlyRateEuroByOfferType: { company_visit: 45 },
    coFinancingTargetEuro: 1000,
  });
  const companyA = await aCompany(db, region.id, { name: 'Bakkerij; "Zoet" & Zn' });
  const companyB = await aCompany(db, region.id, { name: 'Bouwbedrijf Berg' });
  const companyC = await aCompany(db, region.id, { name: 'Constructie Centraal' });
  const s1School = await aSchool(db, region.id, { name: 'Atheneum Noord' });
  const s2School = await aSchool(db, region.id, { name: 'Vakcollege Zuid' });
  const s3School = await aSchool(db, region.id, { name: 'Zeevaartschool' });
  const c1 = await aClass(db, region.id, s1School.id, {
    educationLevel: 'vmbo-kb',
    vmboProfile: 'PIE',
    size: 20,
  });
  const c2 = await aClass(db, region.id, s1School.id, { educationLevel: 'havo', size: 25 });
  const c3 = await aClass(db, region.id, s2School.id, { educationLevel: 'vmbo-kb', size: 30 });
  const c4 = await aClass(db, region.id, s3School.id, { educationLevel: 'mbo-2', size: 15 });

  const guestLesson = await anOffer(db, region.id, companyA.id, {
    type: 'guest_lesson',
    inKindHoursPerSession: 2.5,
    sectorTags: ['bouw'],
  });
  const visit = await anOffer(db, region.id, companyA.id, {
    type: 'company_visit',
    inKindHoursPerSession: 3,
    sectorTags: ['voedsel', 'procestechniek'],
  });
  const internshipB = await anOffer(db, region.id, companyB.id, {
    type: 'internship',
    inKindHoursPerSession: 1.5,
  });
  const internshipC = await anOffer(db, region.id, companyC.id, { type: 'internship' });

  const s6 = await aSession(db, region.id, internshipB.id, at('2025-06-01T07:00:00Z'));
  const s1 = await aSession(db, region.id, guestLesson.id, at('2026-03-10T08:00:00Z'));
  const s7 = await aSession(db, region.id, guestLesson.id, {
    ...at('2026-04-01T08:00:00Z'),
    status: 'cancelled',
  });
  const s8 = await aSession(db, region.id, guestLesson.id, at('2026-05-10T08:00:00Z'));
  const s2 = await aSession(db, region.id, guestLesson.id, at('2026-07-31T20:00:00Z', 4));
  const s3 = await aSession(db, region.id, visit.id, at('2026-09-15T08:00:00Z'));
  const s4 = await aSession(db, region.id, visit.id, at('2026-10-01T08:00:00Z'));
  const s9 = await aSession(db, region.id, internshipC.id, at('2026-10-20T08:00:00Z'));
  const s5 = await aSession(db, region.id, internshipB.id, at('2026-11-05T08:00:00Z'));

  const done = { status: 'completed' as const };
  const bookings = {
    s6c3: await aBooking(db, s6, s2School, c3, done),
    s1c1: await aBooking(db, s1, s1School, c1, done),
    s1c3: await aBooking(db, s1, s2School, c3, done),
    s7c2: await aBooking(db, s7, s1School, c2, { status: 'cancelled' }),
    s8c3: await aBooking(db, s8, s2School, c3, { status: 'waitlisted' }),
    s8c2: await aBooking(db, s8, s1School, c2, { status: 'cancelled' }),
    s2c1: await aBooking(db, s2, s1School, c1, done),
    s3c2: await aBooking(db, s3, s1School, c2, done),
    s3c3: await aBooking(db, s3, s2School, c3, { status: 'no_show' }),
    s4c1: await aBooking(db, s4, s1School, c1, { status: 'no_show' }),
    s9c3: await aBooking(db, s9, s2School, c3, done),
    s5c2: await aBooking(db, s5, s1School, c2, done),
    s5c1: await aBooking(db, s5, s1School, c1, { status: 'cancelled' }),
  };
  await db.insert(auditEvents).values({
    regionId: region.id,
    actorRole: 'school_coordinator',
    entity: 'booking',
    entityId: bookings.s8c2.id,
    action: 'booking.cancelled',
    before: { status: 'waitlisted' },
    after: { status: 'cancelled' },
  });
  await aPublishedRound(db, region.id, s1.id, [
    { schoolId: s1School.id, classId: c1.id, rank: 1 },
    { schoolId: s1School.id, classId: c2.id, rank: 2 },
    { schoolId: s2School.id, classId: c3.id, rank: null },
  ]);

  const bureau = await aLoggedInUser(app, db, region.id, 'bureau_staff');
  const companyAUser = await aLoggedInUser(app, db, region.id, 'company_admin', companyA.id);
  const companyBUser = await aLoggedInUser(app, db, region.id, 'company_member', companyB.id);
  const s1User = await aLoggedInUser(app, db, region.id, 'school_coordinator', s1School.id);
  const s2User = await aLoggedInUser(app, db, region.id, 'teacher', s2School.id);
  return {
    region,
    companies: { a: companyA, b: companyB, c: companyC },
    schools: { s1: s1School, s2: s2School, s3: s3School },
    classes: { c1, c2, c3, c4 },
    sessions: { s1, s2, s3, s4, s5, s6, s7, s8, s9 },
    bookings,
    users: { bureau, companyAUser, companyBUser, s1User, s2User },
  };
}

/** A published allocation round (window closed 1 Feb 2026) with placements by rank. */
async function aPublishedRound(
  db: Database,
  regionId: string,
  sessionId: string,
  requests: { schoolId: string; classId: string; rank: number | null }[],
) {
  const [round] = await db
    .insert(allocationRounds)
    .values({
      regionId,
      name: 'Ronde voorjaar',
      status: 'published',
      requestWindowOpensAt: new Date('2026-01-10T08:00:00Z'),
      requestWindowClosesAt: new Date('2026-02-01T08:00:00Z'),
      sessionIds: [sessionId],
      policy: defaultAllocationPolicy,
      seedHash: 'x'.repeat(64),
      seed: 'y'.repeat(64),
      publishedAt: new Date('2026-02-02T08:00:00Z'),
    })
    .returning();
  for (const [pick, request] of requests.entries()) {
    const [row] = await db
      .insert(allocationRequests)
      .values({
        regionId,
        roundId: round!.id,
        schoolId: request.schoolId,
        classId: request.classId,
        seats: 20,
        preferences: [sessionId],
      })
      .returning();
    const placed = request.rank === null ? null : sessionId;
    await db.insert(allocationResults).values({
      regionId,
      roundId: round!.id,
      requestId: row!.id,
      drawnSessionId: placed,
      drawnPreferenceRank: request.rank,
      drawnExplanation: 'test',
      sessionId: placed,
      preferenceRank: request.rank,
      roundNo: 1,
      pick: pick + 1,
      explanation: 'test',
    });
  }
}
