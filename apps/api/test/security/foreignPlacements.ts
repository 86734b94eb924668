import { randomBytes } from 'node:crypto';
import {
  bookings,
  internshipPlaces,
  participants,
  placementPreferences,
  placementRounds,
  placements,
  sessions,
  type Database,
} from '@stagebureau/db';
import { eq, sql } from 'drizzle-orm';
import { anOffer, aSession } from '../activityBuilders';

/**
 * The placement side of a foreign world: the company's internship place, a pupil of the
 * school (her first name is a secret: only her school and, from acceptance, the host company
 * may see it) and her accepted placement with its one-seat booking.
 */
export async function aForeignPlacement(
  db: Database,
  regionId: string,
  school: { id: string },
  classId: string,
  companyId: string,
) {
  const pupilName = `geheim-${randomBytes(5).toString('hex')}`;
  const offer = await anOffer(db, regionId, companyId, {
    type: 'internship',
    bookingMode: 'placement',
    levels: [],
    vmboProfiles: [],
    schoolYears: [],
  });
  const session = await aSession(db, regionId, offer.id, { capacity: 2 });
  const [place] = await db
    .insert(internshipPlaces)
    .values({
      regionId,
      companyId,
      offerId: offer.id,
      sessionId: session.id,
      weekdays: [1, 2, 3, 4],
      dayStarts: '08:00',
      dayEnds: '16:00',
      supervisorName: 'Begeleider',
      supervisorEmail: 'begeleider@bedrijf.nl',
    })
    .returning();
  const [pupil] = await db
    .insert(participants)
    .values({
      regionId,
      schoolId: school.id,
      kind: 'pupil',
      firstName: pupilName,
      surname: 'Leerling',
      classId,
      educationLevel: 'vmbo-kb',
      schoolYear: 3,
      isMinor: true,
      guardianEmail: `${pupilName}@ouder.nl`,
      pseudonym: `L-${randomBytes(3).toString('hex').toUpperCase()}`,
    })
    .returning();
  const [booking] = await db
    .insert(bookings)
    .values({
      regionId,
      sessionId: session.id,
      offerId: offer.id,
      schoolId: school.id,
      classId,
      participantId: pupil!.id,
      seats: 1,
      status: 'confirmed',
      startsAt: session.startsAt,
      endsAt: session.endsAt,
    })
    .returning();
  await db
    .update(sessions)
    .set({ bookedSeats: sql`${sessions.bookedSeats} + 1` })
    .where(eq(sessions.id, session.id));
  const day = (instant: Date) => instant.toISOString().slice(0, 10);
  const [placement] = await db
    .insert(placements)
    .values({
      regionId,
      placeId: place!.id,
      participantId: pupil!.id,
      schoolId: school.id,
      companyId,
      bookingId: booking!.id,
      status: 'accepted',
      startsOn: day(session.startsAt),
      endsOn: day(session.endsAt),
      retainUntil: '2031-10-31',
    })
    .returning();
  // The school's matching round with the pupil's preferences: its seed is hidden until the run.
  const seed = randomBytes(32).toString('hex');
  const [round] = await db
    .insert(placementRounds)
    .values({
      regionId,
      schoolId: school.id,
      title: 'Stageronde',
      placeIds: [place!.id],
      seed,
      seedHash: seed.replace(/./g, '0'),
    })
    .returning();
  await db
    .insert(placementPreferences)
    .values({ regionId, roundId: round!.id, participantId: pupil!.id, placeIds: [place!.id] });
  return {
    secrets: [pupilName, seed],
    ids: {
      place: place!.id,
      pupil: pupil!.id,
      placement: placement!.id,
      placementRound: round!.id,
    },
  };
}
