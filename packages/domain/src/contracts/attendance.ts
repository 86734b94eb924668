import { z } from 'zod';
import { evaluationCommentMax, evaluationScale } from '../placements/evaluation';
import { isoDate, isoDateTime, longText } from './common';
import { schoolYearSchema } from './report';

/**
 * Attendance, hours and the evaluation of a placement (issue 16). The supervisor answers by a
 * one-time link (`<regionId>.<secret>`, only its SHA-256 stored); the host company may answer
 * logged in; the school reads.
 */
export const placementTokenParamsSchema = z.object({ token: z.string().min(20).max(200) }).strict();

const days = z.array(isoDate).max(7);

/** One click: without `presentDays` every working day of the week not reported absent. */
export const confirmAttendanceSchema = z.object({ presentDays: days.optional() }).strict();
export type ConfirmAttendance = z.infer<typeof confirmAttendanceSchema>;

/** The host company confirms a week itself (logged in). */
export const placementAttendanceSchema = z.object({ weekOf: isoDate, presentDays: days }).strict();
export type PlacementAttendance = z.infer<typeof placementAttendanceSchema>;

/** The host company reports one day absent; no note about the pupil, by design. */
export const absenceSchema = z.object({ day: isoDate }).strict();

export const attendanceWeekSchema = z.object({
  weekOf: isoDate,
  workingDays: z.array(isoDate),
  presentDays: z.array(isoDate),
  absentDays: z.array(isoDate),
  hours: z.number(),
  confirmedAt: isoDateTime.nullable(),
  remindedAt: isoDateTime.nullable(),
  escalatedAt: isoDateTime.nullable(),
});
export type AttendanceWeek = z.infer<typeof attendanceWeekSchema>;
export const attendanceWeekListSchema = z.object({
  items: z.array(attendanceWeekSchema),
  confirmedHours: z.number(),
});

/** What the supervisor's page shows: the place, the pupil's first name and initial, the week. */
export const publicAttendanceSchema = z.object({
  placeTitle: z.string(),
  companyName: z.string(),
  participantName: z.string(),
  weekOf: isoDate,
  workingDays: z.array(isoDate),
  /** The one-click proposal: working days not reported absent. */
  presentDays: z.array(isoDate),
  absentDays: z.array(isoDate),
  hoursPerDay: z.number(),
});
export type PublicAttendance = z.infer<typeof publicAttendanceSchema>;

const rating = z.number().int().min(evaluationScale.min).max(evaluationScale.max);

/** The region's criteria rated 1–5 (exactly its keys: checked against the region) and a comment. */
export const evaluationInputSchema = z
  .object({
    ratings: z.record(z.string().regex(/^[a-z_]{2,40}$/), rating),
    comment: longText(evaluationCommentMax).default(''),
  })
  .strict();
export type EvaluationBody = z.infer<typeof evaluationInputSchema>;

const criterion = z.object({ key: z.string(), label: z.string() });

export const publicEvaluationSchema = z.object({
  placeTitle: z.string(),
  companyName: z.string(),
  participantName: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
  criteria: z.array(criterion),
});
export type PublicEvaluation = z.infer<typeof publicEvaluationSchema>;

export const evaluationSchema = z.object({
  placementId: z.uuid(),
  criteria: z.array(criterion),
  ratings: z.record(z.string(), z.number()),
  /** The mean of the ratings. */
  score: z.number(),
  comment: z.string(),
  submittedAt: isoDateTime,
});
export type EvaluationView = z.infer<typeof evaluationSchema>;

/** The ranking of one school year (the places that started in it), or of every year. */
export const rankingQuerySchema = z.object({ schoolYear: schoolYearSchema.optional() }).strict();

export const rankingSchema = z.object({
  schoolYear: z.string().nullable(),
  items: z.array(
    z.object({
      companyId: z.uuid(),
      companyName: z.string(),
      averageScore: z.number(),
      evaluations: z.number().int(),
      confirmedHours: z.number(),
    }),
  ),
});
