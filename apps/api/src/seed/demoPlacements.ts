import { and, eq, sql } from 'drizzle-orm';
import { classes, organisations, users, type Database, type Transaction } from '@stagebureau/db';
import {
  addDays,
  createPlaceSchema,
  createPupilSchema,
  isoWeekdayOf,
  localDateOf,
  schoolYearOfDate,
  type Actor,
  type Role,
} from '@stagebureau/domain';
import { sweepAttendance } from '../modules/placements/attendance/sweep';
import { submitEvaluationByToken } from '../modules/placements/evaluation/service';
import { requestEvaluations } from '../modules/placements/evaluation/sweep';
import { registerPupil } from '../modules/placements/participants/service';
import { createPlace } from '../modules/placements/places/service';
import { runRound } from '../modules/placements/rounds/run';
import { createRound, setPreferences } from '../modules/placements/rounds/service';
import { movePlacement, placeSelf, proposePlacement } from '../modules/placements/service';
import { linksFollowed } from './demoPlacementLinks';

/**
 * Internship placements in the demo (issue 16), made through the product's own services at
 * the moments they would have happened, so every trace is real: the agreement's links, the
 * signatures (each party followed the link in its e-mail), the supervisor's weekly one-click
 * confirmations and the evaluation. It shows a completed stage with hours and an evaluation,
 * one running now with its first week confirmed, one awaiting the last signatures, one awaiting
 * the company, a teacher's docentenstage and a school's matching round, run but not published.
 */
export async function seedDemoPlacements(tx: Transaction, regionId: string, now: Date) {
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
  const { mailedToken, signAll, confirmWeeks, signers } = linksFollowed(tx, regionId);

  const metaal = actor('opleidingen@metaalwerken.demo.nl');
  const energie = actor('contact@energiepark.demo.nl');
  const bouw = actor('hr@vanderveen.demo.nl');
  const ict = actor('hr@noorddata.demo.nl');
  const nassau = actor('coordinator@nassau.demo.nl');
  const vangogh = actor('coordinator@vangogh.demo.nl');
  const beilen = actor('coordinator@csgbeilen.demo.nl');
  const mondayAfter = (date: string) => {
    let day = addDays(date, 1);
    while (isoWeekdayOf(day) !== 1) day = addDays(day, 1);
    return day;
  };
  /** A place lies within one school year: a period running past 31 July ends on it. */
  const inSchoolYear = (startsOn: string, endsOn: string) => {
    const lastDay = `${schoolYearOfDate(startsOn).slice(5)}-07-31`;
    return endsOn > lastDay ? lastDay : endsOn;
  };
  const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+01:00`);
  const today = localDateOf(now);
  const place = (who: Actor, body: object, when: Date) =>
    createPlace(db, who, createPlaceSchema.parse(body), undefined, when);
  const pupil = (who: Actor, body: object) => registerPupil(db, who, createPupilSchema.parse(body));
  const supervisor = {
    name: 'Henk Bos',
    email: 'henk.bos@metaalwerken.demo.nl',
    phone: '0592 345 678',
  };
  const workplace = { street: 'Industrieweg 12', postcode: '9403 AB', city: 'Assen' };
  const stage = {
    type: 'internship',
    levels: ['vmbo-bb', 'vmbo-kb'],
    vmboProfiles: ['PIE'],
    weekdays: [1, 2, 3, 4],
    dayStarts: '08:00',
    dayEnds: '16:00',
    whatToBring: 'Werkschoenen met stalen neus en een overall; lunch zelf meenemen.',
    sectorTags: ['metaal'],
  };

  // 1. Completed: three weeks that ended a month ago, signed, confirmed and evaluated.
  const pastStart = mondayAfter(addDays(today, -63));
  const pastEnd = inSchoolYear(pastStart, addDays(pastStart, 17));
  const proposedAt = at(addDays(pastStart, -14));
  const lars = await pupil(nassau, {
    firstName: 'Lars',
    surname: 'Hoekstra',
    classId: await classId('Dr. Nassau College Quintusschool', '3PIE-b'),
    isMinor: true,
    guardianEmail: 'm.hoekstra@thuis.demo.nl',
  });
  const done = await place(
    metaal,
    {
      ...stage,
      title: 'Stage lassen en plaatwerk',
      description: 'Drie weken meedraaien in de werkplaats: MIG-lassen, zetten en knippen.',
      ...workplace,
      startsOn: pastStart,
      endsOn: pastEnd,
      places: 2,
      supervisor,
    },
    proposedAt,
  );
  const first = await proposePlacement(
    db,
    nassau,
    { placeId: done.id, participantId: lars.id },
    proposedAt,
  );
  await movePlacement(db, metaal, first.id, 'accept', null, at(addDays(pastStart, -13)));
  await signAll(first.id, at(addDays(pastStart, -10)));
  await confirmWeeks(at(addDays(pastEnd, 2), '10:00'));
  await requestEvaluations(db, at(addDays(pastEnd, 1), '10:00'));
  const [evaluation] = (
    await tx.execute<{ id: string }>(
      sql`select id from placement_evaluations where placement_id = ${first.id}`,
    )
  ).rows;
  await submitEvaluationByToken(
    db,
    await mailedToken('placement.evaluation_requested', 'evaluationId', evaluation!.id),
    {
      ratings: { punctuality: 5, motivation: 4, skills: 4, cooperation: 5 },
      comment: 'Lars werkte nauwkeurig en vroeg door. Een aanwinst voor de werkplaats.',
    },
    at(addDays(pastEnd, 3)),
  );

  // 2. Running now, in its third week: the first week confirmed with one click, the second's
  // link just mailed to the supervisor (finished less than a week ago: no reminder yet).
  const runStart = mondayAfter(addDays(today, -18));
  const noor = await pupil(nassau, {
    firstName: 'Noor',
    surname: 'Bakker',
    classId: await classId('Dr. Nassau College Quintusschool', '3PIE-b'),
    isMinor: true,
    guardianEmail: 'ouders.bakker@thuis.demo.nl',
  });
  const running = await place(
    energie,
    {
      ...stage,
      title: 'Stage installatietechniek zonnepark',
      description: 'Omvormers, bekabeling en onderhoud op het zonnepark, met een vaste begeleider.',
      sectorTags: ['energie'],
      street: 'Energieweg 4',
      postcode: '9405 PA',
      city: 'Assen',
      startsOn: runStart,
      endsOn: inSchoolYear(runStart, addDays(runStart, 24)),
      places: 2,
      supervisor: { name: 'Ilse Kramer', email: 'ilse.kramer@energiepark.demo.nl', phone: null },
    },
    at(addDays(runStart, -20)),
  );
  const second = await proposePlacement(
    db,
    nassau,
    { placeId: running.id, participantId: noor.id },
    at(addDays(runStart, -20)),
  );
  await movePlacement(db, energie, second.id, 'accept', null, at(addDays(runStart, -18)));
  signers.pupil = 'Noor Bakker';
  signers.guardian = 'Peter Bakker';
  signers.company = 'Ilse Kramer';
  await signAll(second.id, at(addDays(runStart, -15)));
  await confirmWeeks(at(addDays(runStart, 5)));
  await sweepAttendance(db, now);

  // 3. Awaiting signatures: accepted for next month; the school and company signed.
  const nextStart = mondayAfter(addDays(today, 21));
  const sem = await pupil(vangogh, {
    firstName: 'Sem',
    surname: 'Visser',
    classId: await classId('Vincent van Gogh Salland', '4GL-MaT'),
    isMinor: false,
  });
  const upcoming = await place(
    metaal,
    {
      ...stage,
      levels: ['vmbo-gl', 'vmbo-kb'],
      vmboProfiles: ['MaT', 'PIE'],
      title: 'Stage CNC-verspanen',
      description: 'Programmeren en bedienen van een CNC-freesbank, met een eigen werkstuk.',
      ...workplace,
      startsOn: nextStart,
      endsOn: inSchoolYear(nextStart, addDays(nextStart, 10)),
      places: 1,
      supervisor,
    },
    now,
  );
  const third = await proposePlacement(
    db,
    vangogh,
    { placeId: upcoming.id, participantId: sem.id },
    now,
  );
  await movePlacement(db, metaal, third.id, 'accept', null, now);
  signers.school = 'Joris Smit';
  signers.company = 'Henk Bos';
  await signAll(third.id, now, ['pupil']);

  // 4. Awaiting the company: a snuffelstage day, proposed by the school.
  // A Wednesday, but never the day 3BWI-a visits the building site (demoActivity: today + 21,
  // a Wednesday when the demo is seeded on one): Mila would be in two places at once.
  const wednesday = addDays(mondayAfter(addDays(today, 14)), 2);
  const shadowDay = wednesday === addDays(today, 21) ? addDays(wednesday, 1) : wednesday;
  const snuffel = await place(
    bouw,
    {
      type: 'job_shadow',
      title: 'Snuffeldag op de bouwplaats',
      description: 'Een dag mee met de timmerlieden op een nieuwbouwproject in Beilen.',
      levels: [],
      vmboProfiles: [],
      sectorTags: ['bouw'],
      street: 'Bouwstraat 1',
      postcode: '9411 AA',
      city: 'Beilen',
      startsOn: shadowDay,
      endsOn: shadowDay,
      weekdays: [isoWeekdayOf(shadowDay)],
      dayStarts: '07:30',
      dayEnds: '15:30',
      places: 4,
      supervisor: {
        name: 'Gerrit van der Veen',
        email: 'gerrit@vanderveen.demo.nl',
        phone: '0593 111 222',
      },
      whatToBring: 'Werkschoenen; een helm en hesje krijg je van ons.',
    },
    now,
  );
  const mila = await pupil(nassau, {
    firstName: 'Mila',
    surname: 'de Groot',
    classId: await classId('Dr. Nassau College Quintusschool', '3BWI-a'),
    isMinor: true,
    guardianEmail: 'fam.degroot@thuis.demo.nl',
  });
  await proposePlacement(db, nassau, { placeId: snuffel.id, participantId: mila.id }, now);

  // 5. A teacher's docentenstage, accepted by the company.
  // Late enough not to clash with the year-plan browser test's docentenstage (day 45).
  const weekOut = mondayAfter(addDays(today, 49));
  const docent = await place(
    ict,
    {
      type: 'teacher_internship',
      title: 'Docentenstage netwerkbeheer',
      description: 'Een week meekijken met de beheerders: servers, netwerk en beveiliging.',
      levels: [],
      vmboProfiles: [],
      sectorTags: ['ict'],
      street: 'Stationsstraat 8',
      postcode: '9401 KX',
      city: 'Assen',
      startsOn: weekOut,
      endsOn: inSchoolYear(weekOut, addDays(weekOut, 4)),
      weekdays: [1, 2, 3, 4, 5],
      dayStarts: '09:00',
      dayEnds: '17:00',
      places: 1,
      supervisor: { name: 'Yara Smit', email: 'yara@noorddata.demo.nl', phone: null },
    },
    now,
  );
  const own = await placeSelf(db, actor('docent@nassau.demo.nl'), { placeId: docent.id }, now);
  await movePlacement(db, ict, own.id, 'accept', null, now);

  // 6. CSG Beilen's matching round over two places: run (explained per pupil), not published.
  const beilenClass = await classId('CSG Beilen', '3KB-PIE');
  const pupils = [];
  for (const [firstName, surname] of [
    ['Jesse', 'Mulder'],
    ['Fleur', 'Dekker'],
    ['Daan', 'Post'],
  ] as const)
    pupils.push(
      await pupil(beilen, {
        firstName,
        surname,
        classId: beilenClass,
        isMinor: true,
        guardianEmail: `ouders.${surname.toLowerCase()}@thuis.demo.nl`,
      }),
    );
  const roundPlace = await place(
    energie,
    {
      ...stage,
      title: 'Stage elektrotechniek onderstation',
      description: 'Meewerken aan schakelkasten en metingen in het onderstation.',
      sectorTags: ['energie'],
      street: 'Energieweg 4',
      postcode: '9405 PA',
      city: 'Assen',
      startsOn: addDays(nextStart, 14),
      endsOn: inSchoolYear(addDays(nextStart, 14), addDays(nextStart, 24)),
      places: 1,
      supervisor: { name: 'Ilse Kramer', email: 'ilse.kramer@energiepark.demo.nl', phone: null },
    },
    now,
  );
  const round = await createRound(
    db,
    beilen,
    { title: 'Stages periode 3', placeIds: [roundPlace.id, snuffel.id] },
    'nl',
    now,
  );
  const ranked = [[roundPlace.id, snuffel.id], [roundPlace.id], [snuffel.id, roundPlace.id]];
  for (const [index, who] of pupils.entries())
    await setPreferences(
      db,
      beilen,
      round.id,
      { participantId: who.id, placeIds: ranked[index]! },
      'nl',
      now,
    );
  await runRound(db, beilen, round.id, 'nl', now);
}
