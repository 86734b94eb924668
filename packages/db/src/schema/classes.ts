import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { EducationLevel } from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { users } from './people';
import { organisations, regions, schoolLocations } from './tenancy';

/** A school's group (klas). Booked as one unit; no student data is ever stored. */
export const classes = pgTable(
  'classes',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    locationId: uuid('location_id').references(() => schoolLocations.id),
    name: text('name').notNull(),
    educationLevel: text('education_level').$type<EducationLevel>().notNull(),
    schoolYear: integer('school_year').notNull(),
    vmboProfile: text('vmbo_profile'),
    size: integer('size').notNull(),
    archivedAt: tstz('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('classes_region_org_idx').on(t.regionId, t.organisationId),
    check('classes_size_ck', sql`${t.size} between 1 and 40`),
    check('classes_year_ck', sql`${t.schoolYear} between 1 and 6`),
  ],
);

/**
 * The teachers who teach a class ("mijn klassen"): the coordinator assigns them. It decides what a
 * teacher sees first, not what she may do: a teacher still books for any class of her school
 * (decision 021).
 */
export const classTeachers = pgTable(
  'class_teachers',
  {
    classId: uuid('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.classId, t.userId] }),
    index('class_teachers_user_idx').on(t.userId),
  ],
);
