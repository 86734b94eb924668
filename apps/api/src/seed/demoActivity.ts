import { eq } from 'drizzle-orm';
import { classes, offers, organisations, sessions, type Transaction } from '@stagebureau/db';
import {
  addDays,
  cancel,
  closeAtEnd,
  fromLocal,
  toLocal,
  type BookingStatus,
} from '@stagebureau/domain';
import { systemActor } from '../modules/audit/record';
import { raiseConflict } from '../modules/conflicts/raise';
import {
  applyTransition,
  findBooking,
  orThrow,
  placeBookingIn,
  stateOf,
} from '../modules/bookings';

type OfferValues = Omit<typeof offers.$inferInsert, 'regionId' | 'organisationId' | 'contactEmail'>;

/**
 * Offers, sessions and bookings for the demo region: a weekly series, an offer that needs
 * approval, a full masterclass with a waitlist and a past job-shadow day. Every booking goes
 * through the booking path, so the demo inboxes hold the messages those bookings sent.
 */
export async function seedDemoActivity(
  tx: Transaction,
  regionId: string,
  now: Date,
): Promise<void> {
  const orgs = await tx.select().from(organisations).where(eq(organisations.regionId, regionId));
  const classRows = await tx.select().from(classes).where(eq(classes.regionId, regionId));
  const org = (name: string) => orgs.find((row) => row.name === name)!;
  const klas = (school: string, name: string) =>
    classRows.find((row) => row.name === name && row.organisationId === org(school).id)!;
  const seedActor = systemActor(regionId);
  const today = toLocal(now).date;
  // Activities happen on school days: Saturday moves to Friday, Sunday to Monday (every date of
  // one weekday moves alike, so no two sessions come to overlap that did not before).
  const schoolDay = (date: string) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return addDays(date, weekday === 6 ? -1 : weekday === 0 ? 1 : 0);
  };
  const at = (days: number, time: string, minutes: number) => {
    const startsAt = fromLocal({ date: schoolDay(addDays(today, days)), time });
    return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
  };

  async function offer(company: string, values: OfferValues) {
    const c = org(company);
    const [row] = await tx
      .insert(offers)
      .values({
        regionId,
        organisationId: c.id,
        contactEmail: c.contactEmail ?? 'info@demo.nl',
        ...values,
      })
      .returning();
    return row!;
  }
  async function session(
    offerId: string,
    capacity: number,
    times: { startsAt: Date; endsAt: Date },
  ) {
    const [row] = await tx
      .insert(sessions)
      .values({ regionId, offerId, capacity, ...times })
      .returning();
    return row!;
  }
  /** Every demo booking goes through the booking path, like any other (architecture §5.8). */
  async function book(
    target: { id: string },
    school: string,
    className: string,
    status: BookingStatus,
    extra: { statusReason?: string; teachers?: string[] } = {},
  ) {
    const schoolClass = klas(school, className);
    const placed = await placeBookingIn(
      tx,
      {
        source: 'seed',
        actor: seedActor,
        sessionId: target.id,
        classId: schoolClass.id,
        request: {
          status: status === 'waitlisted' || status === 'requested' ? status : 'confirmed',
          teachers: extra.teachers ?? ['Begeleidend docent'],
        },
      },
      now,
    );
    if (status !== 'cancelled' && status !== 'completed') return placed.id;
    const row = (await findBooking(tx, regionId, placed.id, true))!;
    const transition =
      status === 'cancelled'
        ? cancel(stateOf(row), {
            by: 'school',
            reason: extra.statusReason ?? '',
            deadlineHours: 0,
            now,
          })
        : closeAtEnd(stateOf(row), now);
    await applyTransition(tx, seedActor, row, orThrow(transition), `booking.${status}`);
    return placed.id;
  }

  const site = {
    street: 'Industrieweg 12',
    postcode: '9403 AB',
    city: 'Assen',
    latitude: 52.997,
    longitude: 6.575,
  };
  const building = await offer('Bouwbedrijf Van der Veen', {
    type: 'company_visit',
    status: 'published',
    title: 'Kijkje op de bouwplaats',
    description:
      'Elke week een ochtend rondleiding over een echte bouwplaats, met een praktijkopdracht.',
    sectorTags: ['bouwen'],
    locationKind: 'at_company',
    ...site,
    durationMinutes: 180,
    requirements: 'Veiligheidsschoenen en werkkleding; helmen liggen klaar.',
    contactName: 'Henk van der Veen',
    bookingMode: 'fixed_sessions',
    defaultSeats: 30,
    inKindHoursPerSession: 6,
  });
  const weekly = [];
  for (let week = 0; week < 6; week++)
    weekly.push(await session(building.id, 30, at(21 + 7 * week, '09:00', 180)));
  await book(weekly[0]!, 'Dr. Nassau College Quintusschool', '3BWI-a', 'confirmed');
  await book(weekly[0]!, 'Vincent van Gogh Salland', '3T1', 'waitlisted');
  // The cancelled booking came first: its seats went back before CSG Beilen booked.
  await book(weekly[1]!, 'Dr. Nassau College Quintusschool', '4MVI', 'cancelled', {
    statusReason: 'Toetsweek verschoven',
  });
  await book(weekly[1]!, 'CSG Beilen', '4KB-BWI', 'confirmed');

  const energy = await offer('Energiepark Drenthe', {
    type: 'guest_lesson',
    status: 'published',
    title: 'Gastles: energie van de toekomst',
    description:
      'Een engineer van het zonnepark vertelt en bouwt met de klas een mini-zonnepaneel.',
    sectorTags: ['energie'],
    locationKind: 'at_school',
    durationMinutes: 90,
    contactName: 'Ilse Kuipers',
    bookingMode: 'fixed_sessions',
    requiresApproval: true,
    defaultSeats: 30,
    inKindHoursPerSession: 3,
  });
  const lesson = await session(energy.id, 30, at(30, '10:00', 90));
  await session(energy.id, 30, at(44, '10:00', 90));
  await book(lesson, 'Drenthe College Techniek Assen', 'ELT2A', 'requested');

  const racing = await offer('TT Circuit Techniek', {
    type: 'masterclass',
    status: 'published',
    title: 'Masterclass race-engineering',
    description: 'Data, banden en motoren: hoe een raceteam een weekend voorbereidt.',
    sectorTags: ['mobiliteit'],
    locationKind: 'at_company',
    street: 'De Haar 9',
    postcode: '9405 TE',
    city: 'Assen',
    durationMinutes: 180,
    contactName: 'Bas Meijer',
    bookingMode: 'fixed_sessions',
    defaultSeats: 42,
    inKindHoursPerSession: 8,
  });
  const masterclass = await session(racing.id, 42, at(35, '13:00', 180));
  const atRacing = await book(masterclass, 'Drenthe College Techniek Assen', 'ICT4', 'confirmed');
  await book(masterclass, 'Drenthe College Techniek Assen', 'MTE3', 'confirmed');
  await book(masterclass, 'Vincent van Gogh Salland', '3H2', 'waitlisted');
  await book(masterclass, 'CSG Beilen', '3KB-PIE', 'waitlisted');

  // The builder tried to move its morning tour to the afternoon, when ICT4 is at the circuit:
  // the change was refused and the bureau has the clash in its queue.
  const morning = weekly[2]!;
  const atBuilder = await book(morning, 'Drenthe College Techniek Assen', 'ICT4', 'confirmed');
  await raiseConflict(tx, {
    regionId,
    type: 'session_change_blocked',
    sessionId: morning.id,
    offerId: building.id,
    bookingIds: [atBuilder],
    details: {
      requested: at(35, '13:30', 180),
      by: null,
      reason: 'De kraan is die dag pas in de middag beschikbaar',
      clashes: [
        {
          bookingId: atBuilder,
          classId: klas('Drenthe College Techniek Assen', 'ICT4').id,
          schoolId: org('Drenthe College Techniek Assen').id,
          otherBookingId: atRacing,
          otherSessionId: masterclass.id,
        },
      ],
    },
  });

  const metal = await offer('Metaalwerken Assen', {
    type: 'job_shadow',
    status: 'published',
    title: 'Snuffelstage lassen en frezen',
    description: 'Een dag meelopen in de werkplaats, met een eigen werkstuk mee naar huis.',
    sectorTags: ['maken'],
    levels: ['vmbo-bb', 'vmbo-kb'],
    schoolYears: [3, 4],
    locationKind: 'at_company',
    ...site,
    durationMinutes: 420,
    minimumAge: 14,
    contactName: 'Gert Wolters',
    bookingMode: 'fixed_sessions',
    defaultSeats: 16,
    inKindHoursPerSession: 7,
  });
  const pastDay = await session(metal.id, 16, at(-14, '08:30', 420));
  await book(pastDay, 'Dr. Nassau College Quintusschool', '3PIE-b', 'completed');
  await session(metal.id, 16, at(49, '08:30', 420));
}
