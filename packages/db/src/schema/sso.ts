import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { users } from './people';
import { regions } from './tenancy';

/**
 * A person's identity at a region's OpenID provider, linked on the first SSO login by verified
 * e-mail; later logins go by (issuer, subject), never by e-mail again (decision 016).
 */
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    createdAt: createdAt(),
    lastLoginAt: tstz('last_login_at'),
  },
  (t) => [
    uniqueIndex('sso_identities_subject_uq').on(t.issuer, t.subject),
    uniqueIndex('sso_identities_user_issuer_uq').on(t.userId, t.issuer),
    index('sso_identities_region_idx').on(t.regionId),
  ],
);

/**
 * An SSO login under way: state (stored only as a hash), nonce and PKCE verifier, used once.
 * The row is deleted when the callback arrives, so a replayed callback finds nothing.
 */
export const ssoAttempts = pgTable(
  'sso_attempts',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    stateHash: text('state_hash').notNull().unique(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sso_attempts_expires_idx').on(t.expiresAt)],
);
