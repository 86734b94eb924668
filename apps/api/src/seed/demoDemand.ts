import { and, eq } from 'drizzle-orm';
import { classes, organisations, users, type Database, type Transaction } from '@stagebureau/db';
import {
  addDays,
  createRequestSchema,
  fromLocal,
  isoWeekdayOf,
  schoolYearOfDate,
  toLocal,
  type Actor,
  type Role,
} from '@stagebureau/domain';
import { changeMenuCardStatus, createRequest, mergeRequests } from '../modules/requests/service';
import { acceptProposal, signUp } from '../modules/requests/signUpService';

/**
 * The demand side of the demo (issue 15), made through the product's own services so every
 * trace (audit, messages, the booking of the accepted proposal) is real: two schools' requests
 * for a guest lesson merged by the bureau into one, half taken by a company (one moment
 * accepted, one awaiting the school); a bureau request for an excursion whose deadline is
 * days away with parts still open (reminders and the bureau's queue); and a request that came
 * in after the card was published, waiting for the bureau.
 */
export async function seedDemoDemand(tx: Transaction, regionId: string, now: Date) {
  // The services open their own transactions: inside the seed's one they become savepoints.
  const db = tx as unknown as Database;
  const people = await tx.select().from(users).where(eq(users.regionId, regionId));
  const actor = (email: string): Actor => {
    const user = people.find((row) => row.email === email)!;
    return {
      userId: user.id,
      role: user.role as Role,
      regionId,
      organisationId: user.organisationId,
    };
  };
  const classId = async (school: string, name: string) => {
    const [row] = await tx
      .select({ id: classes.id })
      .from(classes)
      .innerJoin(organisations, eq(organisations.id, classes.organisationId))
      .where(and(eq(organisations.name, school), eq(classes.name, name)));
    return row!.id;
  };
  const bureau = actor('bureau@demo.stagebureau.nl');
  const nassau = 'Dr. Nassau College Quintusschool';
  const period = periodAfter(toLocal(now).date);
  const ask = async (who: Actor, body: Record<string, unknown>) =>
    createRequest(db, who, createRequestSchema.parse(body), now);

  const guestLesson = {
    type: 'guest_lesson',
    title: 'Gastles warmtepomp en zonnepanelen',
    description:
      'Een vakman vertelt hoe een huis van het gas af gaat, met een warmtepomp en een zonnepaneel om aan te zitten.',
    levels: ['vmbo-bb', 'vmbo-kb', 'vmbo-tl'],
    schoolYears: [3, 4],
    sectorTags: ['energie'],
    hoursPerOccasion: 2,
    weekdays: [3],
    partOfDay: 'afternoon',
    location: 'at_school',
    schoolProvides: 'Lokaal met beamer; de docent is erbij.',
    ...period.main,
  };
  const lesson = await ask(actor('coordinator@nassau.demo.nl'), {
    ...guestLesson,
    classIds: [await classId(nassau, '3BWI-a'), await classId(nassau, '3PIE-b')],
  });
  const twin = await ask(actor('coordinator@vangogh.demo.nl'), {
    ...guestLesson,
    title: 'Gastles energietransitie',
    classIds: [
      await classId('Vincent van Gogh Salland', '3T1'),
      await classId('Vincent van Gogh Salland', '4T2'),
    ],
  });
  await mergeRequests(db, bureau, lesson.id, [twin.id]);
  await ask(bureau, {
    type: 'company_visit',
    title: 'Excursie naar een bouwplaats',
    description: 'Een ochtend rondkijken op een bouwplaats, met uitleg van de uitvoerder.',
    sectorTags: ['bouwen'],
    classIds: [
      await classId('CSG Beilen', '4KB-BWI'),
      await classId('Drenthe College Techniek Assen', 'BOUW2'),
    ],
    hoursPerOccasion: 3,
    weekdays: [2, 4],
    partOfDay: 'morning',
    location: 'at_company',
    schoolProvides: 'Vervoer met de bus; veiligheidsschoenen.',
    ...period.soon,
  });
  await changeMenuCardStatus(db, bureau, lesson.menuCardId, 'publish', now);
  await ask(actor('coordinator@csgbeilen.demo.nl'), {
    type: 'workshop',
    title: 'Workshop voedseltechnologie',
    sectorTags: ['voeding'],
    classIds: [await classId('CSG Beilen', '3BB-Groen')],
    hoursPerOccasion: 1.5,
    weekdays: [1, 2, 3, 4, 5],
    partOfDay: 'whole_day',
    location: 'either',
    ...period.main,
  });

  const parts = lesson.parts.filter((part) => part.schoolName === nassau);
  const signedUp = await signUp(
    db,
    actor('contact@energiepark.demo.nl'),
    lesson.id,
    {
      contactName: 'Iris Kuipers',
      contactEmail: 'contact@energiepark.demo.nl',
      note: 'Wij nemen een demo-opstelling mee.',
      parts: parts.map((part, index) => ({
        partId: part.id,
        ...wednesdayAfternoon(period.main.periodFrom, index + 1),
      })),
    },
    now,
  );
  await acceptProposal(db, actor('coordinator@nassau.demo.nl'), signedUp.proposals[0]!.id, now);
}

/** Periods that stay valid whenever the demo is seeded: in one school year, in the future. */
function periodAfter(today: string) {
  const lastDayOf = (date: string) => `${schoolYearOfDate(date).slice(5)}-07-15`;
  let from = addDays(today, 35);
  if (addDays(from, 42) > lastDayOf(from)) from = `${schoolYearOfDate(from).slice(5)}-09-07`;
  return {
    main: {
      periodFrom: from,
      periodUntil: addDays(from, 42),
      signUpDeadline: addDays(today, 21),
    },
    soon: {
      periodFrom: from,
      periodUntil: addDays(from, 28),
      signUpDeadline: addDays(today, 5),
    },
  };
}

/** The n-th Wednesday from a date, 13:30–15:30 local. */
function wednesdayAfternoon(from: string, n: number) {
  let date = from;
  while (isoWeekdayOf(date) !== 3) date = addDays(date, 1);
  date = addDays(date, 7 * (n - 1));
  const startsAt = fromLocal({ date, time: '13:30' });
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
  };
}
