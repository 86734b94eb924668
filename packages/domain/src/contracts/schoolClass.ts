import { z } from 'zod';
import { schoolRoles } from '../roles';
import { educationLevels, vmboProfiles } from '../vocabulary';
import { isoDateTime, shortText } from './common';

/** A class is booked as one unit; its size is the seats it takes. */
export const classFieldsSchema = z.object({
  name: shortText(60),
  educationLevel: z.enum(educationLevels),
  schoolYear: z.number().int().min(1).max(6),
  vmboProfile: z.enum(vmboProfiles).nullable().default(null),
  size: z.number().int().min(1).max(40),
  locationId: z.uuid().nullable().default(null),
});
export const createClassSchema = classFieldsSchema.strict();
export type CreateClass = z.infer<typeof createClassSchema>;
export const updateClassSchema = z
  .object({
    name: shortText(60),
    educationLevel: z.enum(educationLevels),
    schoolYear: z.number().int().min(1).max(6),
    vmboProfile: z.enum(vmboProfiles).nullable(),
    size: z.number().int().min(1).max(40),
    locationId: z.uuid().nullable(),
  })
  .partial()
  .strict();
export type UpdateClass = z.infer<typeof updateClassSchema>;

/** Someone who teaches a class: a teacher or the coordinator of the class's own school. */
export const classTeacherSchema = z.object({ id: z.uuid(), name: z.string() });
export type ClassTeacher = z.infer<typeof classTeacherSchema>;

export const schoolClassSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  educationLevel: z.enum(educationLevels),
  schoolYear: z.number().int(),
  vmboProfile: z.string().nullable(),
  size: z.number().int(),
  locationId: z.uuid().nullable(),
  archivedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  /** Who teaches it (decision 021): decides what a teacher sees first, not what she may do. */
  teachers: z.array(classTeacherSchema),
});
export type SchoolClass = z.infer<typeof schoolClassSchema>;
export const schoolClassListSchema = z.object({ items: z.array(schoolClassSchema) });
export const schoolClassListQuerySchema = z
  .object({
    includeArchived: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    /** Only the classes the caller teaches ("mijn klassen"). */
    mine: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .strict();
export const schoolParamsSchema = z.object({ schoolId: z.uuid() }).strict();
export const schoolClassParamsSchema = z.object({ schoolId: z.uuid(), classId: z.uuid() }).strict();

/** Replaces a class's teachers with these users of the class's school; an empty list clears. */
export const setClassTeachersSchema = z
  .object({
    userIds: z
      .array(z.uuid())
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'each user once'),
  })
  .strict();
export type SetClassTeachers = z.infer<typeof setClassTeachersSchema>;

/** The school's staff a coordinator may pick as a class's teachers. */
export const schoolTeacherListSchema = z.object({
  items: z.array(classTeacherSchema.extend({ role: z.enum(schoolRoles) })),
});
export type SchoolTeacherList = z.infer<typeof schoolTeacherListSchema>;
