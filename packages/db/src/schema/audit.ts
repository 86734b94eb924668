import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { regions } from './tenancy';

/** Append-only (a trigger refuses UPDATE and DELETE, see migration 0001). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_region_time_idx').on(t.regionId, t.createdAt),
    index('audit_events_entity_idx').on(t.regionId, t.entity, t.entityId),
  ],
);
