import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '@stagebureau/domain';
import { createdAt, id, tstz, updatedAt } from './columns';
import { platformAdmins } from './platform';
import { organisations, regions } from './tenancy';

export const users = pgTable(
  'users',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    passwordHash: text('password_hash').notNull(),
    status: text('status').$type<'active' | 'disabled'>().notNull().default('active'),
    language: text('language').$type<'nl' | 'en'>().notNull().default('nl'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    index('users_region_org_idx').on(t.regionId, t.organisationId),
    check(
      'users_role_ck',
      sql`${t.role} in ('bureau_admin','bureau_staff','company_admin','company_member','school_coordinator','teacher')`,
    ),
    check(
      'users_org_for_role_ck',
      sql`(${t.role} in ('bureau_admin','bureau_staff')) = (${t.organisationId} is null)`,
    ),
    check('users_status_ck', sql`${t.status} in ('active','disabled')`),
  ],
);

/** Rotating refresh tokens; only a hash is stored. A family shares one login. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: tstz('expires_at').notNull(),
    rotatedAt: tstz('rotated_at'),
    revokedAt: tstz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.regionId, t.familyId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    email: text('email').notNull(),
    role: text('role').$type<Role>().notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: tstz('expires_at').notNull(),
    acceptedAt: tstz('accepted_at'),
    acceptedUserId: uuid('accepted_user_id').references(() => users.id),
    /** A bureau or organisation user; null only for a platform admin's invitation. */
    createdBy: uuid('created_by').references(() => users.id),
    /** The platform admin who invited a region's first bureau admin. */
    createdByPlatformAdmin: uuid('created_by_platform_admin').references(() => platformAdmins.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('invitations_region_idx').on(t.regionId, t.createdAt),
    check(
      'invitations_one_creator_ck',
      sql`(${t.createdBy} is null) <> (${t.createdByPlatformAdmin} is null)`,
    ),
  ],
);
