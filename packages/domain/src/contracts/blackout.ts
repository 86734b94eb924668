import { z } from 'zod';
import { blackoutKinds, holidayRegions } from '../vocabulary';
import { isoDate, isoDateTime, shortText } from './common';

const blackoutFields = {
  kind: z.enum(blackoutKinds),
  name: shortText(120),
  /** School holidays: the NL holiday region, or null for every region. */
  holidayRegion: z.enum(holidayRegions).nullable(),
  /** Exam weeks: the school they belong to. */
  schoolId: z.uuid().nullable(),
  startsOn: isoDate,
  endsOn: isoDate,
};

type BlackoutShape = {
  kind?: (typeof blackoutKinds)[number];
  holidayRegion?: string | null;
  schoolId?: string | null;
  startsOn?: string;
  endsOn?: string;
};

/** The shape rules of a blackout, shared by create (whole) and the merged result of an edit. */
export function blackoutProblems(value: BlackoutShape): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
    problems.push({ path: 'endsOn', message: 'must not be before startsOn' });
  if (value.kind === 'exam_week' && !value.schoolId)
    problems.push({ path: 'schoolId', message: 'an exam week belongs to a school' });
  if (value.kind === 'school_holiday' && value.schoolId)
    problems.push({ path: 'schoolId', message: 'a school holiday applies to a holiday region' });
  return problems;
}

export const createBlackoutSchema = z
  .object({
    ...blackoutFields,
    holidayRegion: blackoutFields.holidayRegion.default(null),
    schoolId: blackoutFields.schoolId.default(null),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of blackoutProblems(value))
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type CreateBlackout = z.infer<typeof createBlackoutSchema>;

export const updateBlackoutSchema = z
  .object(blackoutFields)
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'nothing to change');
export type UpdateBlackout = z.infer<typeof updateBlackoutSchema>;

export const blackoutListQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.enum(blackoutKinds).optional(),
  })
  .strict();

export const blackoutSchema = z.object({
  id: z.uuid(),
  ...blackoutFields,
  createdAt: isoDateTime,
});
export type Blackout = z.infer<typeof blackoutSchema>;
