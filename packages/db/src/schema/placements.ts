import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  EducationLevel,
  ParticipantKind,
  PlacementRoundStatus,
  PlacementStatus,
} from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { classes } from './classes';
import { bookings } from './bookings';
import { offers, sessions } from './offers';
import { users } from './people';
import { organisations, regions } from './tenancy';

/**
 * An internship place (praktijkplaats) for one period: the offer (type, title, audience,
 * workplace address) with booking mode `placement`, its one session (the period, capacity =
 * places), and what only a place has: the days and hours, the supervisor and what to bring.
 */
export const internshipPlaces = pgTable(
  'internship_places',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    /** ISO weekdays the participant works (1 = Monday). */
    weekdays: integer('weekdays').array().notNull(),
    dayStarts: text('day_starts').notNull(),
    dayEnds: text('day_ends').notNull(),
    /** The praktijkbegeleider: an adult, stored as such. */
    supervisorName: text('supervisor_name').notNull(),
    supervisorEmail: text('supervisor_email').notNull(),
    supervisorPhone: text('supervisor_phone'),
    whatToBring: text('what_to_bring').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('internship_places_offer_uq').on(t.offerId),
    uniqueIndex('internship_places_session_uq').on(t.sessionId),
    index('internship_places_region_company_idx').on(t.regionId, t.companyId),
    check('internship_places_hours_ck', sql`${t.dayStarts} < ${t.dayEnds}`),
  ],
);

/**
 * A placement's participant: a pupil (minimal data, issue 16) or a teacher (an adult user).
 * Exactly these fields and no others (the schema guard in privacy.test.ts); the names and the
 * guardian's e-mail are erased after the retention period (`erased_at`), the row and the
 * counts stay.
 */
export const participants = pgTable(
  'participants',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<ParticipantKind>().notNull(),
    firstName: text('first_name').notNull(),
    surname: text('surname').notNull(),
    classId: uuid('class_id').references(() => classes.id),
    educationLevel: text('education_level').$type<EducationLevel>(),
    vmboProfile: text('vmbo_profile'),
    schoolYear: integer('school_year'),
    isMinor: boolean('is_minor').notNull(),
    guardianEmail: text('guardian_email'),
    /** The teacher's own account (teacher internships). */
    userId: uuid('user_id').references(() => users.id),
    /** What the bureau sees instead of a name. */
    pseudonym: text('pseudonym').notNull(),
    erasedAt: tstz('erased_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('participants_region_school_idx').on(t.regionId, t.schoolId),
    uniqueIndex('participants_pseudonym_uq').on(t.regionId, t.pseudonym),
    check('participants_kind_ck', sql`${t.kind} in ('pupil', 'teacher')`),
    check(
      'participants_pupil_ck',
      sql`${t.kind} <> 'pupil' or ${t.erasedAt} is not null or (${t.classId} is not null and ${t.educationLevel} is not null and ${t.schoolYear} between 1 and 6)`,
    ),
    check(
      'participants_teacher_ck',
      sql`${t.kind} <> 'teacher' or (${t.userId} is not null and not ${t.isMinor})`,
    ),
    check(
      'participants_guardian_ck',
      sql`not ${t.isMinor} or ${t.erasedAt} is not null or ${t.guardianEmail} is not null`,
    ),
  ],
);

/** A matching round for places of one period (issue 16; decision 008). */
export const placementRounds = pgTable(
  'placement_rounds',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    placeIds: uuid('place_ids').array().notNull(),
    status: text('status').$type<PlacementRoundStatus>().notNull().default('open'),
    /** Committed before preferences are entered: its SHA-256 is shown, the seed at the run. */
    seed: text('seed').notNull(),
    seedHash: text('seed_hash').notNull(),
    runAt: tstz('run_at'),
    publishedAt: tstz('published_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('placement_rounds_region_school_idx').on(t.regionId, t.schoolId),
    check('placement_rounds_status_ck', sql`${t.status} in ('open', 'run', 'published')`),
  ],
);

/** A pupil's ranked places in a round, and the result explained. */
export const placementPreferences = pgTable(
  'placement_preferences',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => placementRounds.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    placeIds: uuid('place_ids').array().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('placement_preferences_round_participant_uq').on(t.roundId, t.participantId)],
);

/**
 * One participant in one place: its booking (one seat, booked through the one booking path,
 * source `placement`) holds the place and the participant's time; this row holds the rest.
 */
export const placements = pgTable(
  'placements',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    placeId: uuid('place_id')
      .notNull()
      .references(() => internshipPlaces.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisations.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organisations.id),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id),
    status: text('status').$type<PlacementStatus>().notNull(),
    roundId: uuid('round_id').references(() => placementRounds.id),
    preferenceRank: integer('preference_rank'),
    declineReason: text('decline_reason'),
    /** The agreement as sent for signing: its data, text and SHA-256. */
    agreement: jsonb('agreement').$type<Record<string, unknown>>(),
    agreementHash: text('agreement_hash'),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** When the names may no longer be kept: retention after the school year's end. */
    retainUntil: date('retain_until').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('placements_booking_uq').on(t.bookingId),
    index('placements_region_school_idx').on(t.regionId, t.schoolId),
    index('placements_region_company_idx').on(t.regionId, t.companyId),
    index('placements_participant_idx').on(t.participantId),
    index('placements_place_idx').on(t.placeId),
    check(
      'placements_status_ck',
      sql`${t.status} in ('proposed','accepted','declined','signed','completed','cancelled')`,
    ),
  ],
);

/** A one-time, expiring signing link per party; only the token's hash is stored. */
export const placementSignatures = pgTable(
  'placement_signatures',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id),
    party: text('party').notNull(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    typedName: text('typed_name'),
    signedAt: tstz('signed_at'),
    /** The SHA-256 of the text this party signed. */
    signedHash: text('signed_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('placement_signatures_token_uq').on(t.tokenHash),
    uniqueIndex('placement_signatures_party_uq').on(t.placementId, t.party),
    check(
      'placement_signatures_party_ck',
      sql`${t.party} in ('school','company','pupil','guardian','teacher')`,
    ),
  ],
);

/**
 * The supervisor's confirmation of one week (Monday `week_of`): the days present, the
 * absences reported, the hours that count as in-kind contribution. The one-click link from
 * the e-mail carries a token (hash stored).
 */
export const attendanceWeeks = pgTable(
  'attendance_weeks',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id),
    weekOf: date('week_of').notNull(),
    presentDays: date('present_days')
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    absentDays: date('absent_days')
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    hours: doublePrecision('hours').notNull().default(0),
    tokenHash: text('token_hash'),
    confirmedAt: tstz('confirmed_at'),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    remindedAt: tstz('reminded_at'),
    escalatedAt: tstz('escalated_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('attendance_weeks_placement_week_uq').on(t.placementId, t.weekOf),
    uniqueIndex('attendance_weeks_token_uq').on(t.tokenHash),
    check('attendance_weeks_hours_ck', sql`${t.hours} >= 0`),
  ],
);

/** The supervisor's evaluation at the end (the region's criteria, rated 1–5, and a comment). */
export const placementEvaluations = pgTable(
  'placement_evaluations',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => placements.id),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    comment: text('comment').notNull().default(''),
    tokenHash: text('token_hash'),
    submittedAt: tstz('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('placement_evaluations_placement_uq').on(t.placementId)],
);
