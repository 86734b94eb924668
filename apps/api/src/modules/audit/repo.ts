import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { auditEvents, users, type Database } from '@stagebureau/db';
import type { AuditQuery } from '@stagebureau/domain';

/** Newest first, keyset-paged by id (`before`), always within one region. */
export async function listAuditEvents(db: Database, regionId: string, query: AuditQuery) {
  const conditions: SQL[] = [eq(auditEvents.regionId, regionId)];
  if (query.entity) conditions.push(eq(auditEvents.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditEvents.entityId, query.entityId));
  if (query.actorUserId) conditions.push(eq(auditEvents.actorUserId, query.actorUserId));
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.from) conditions.push(gte(auditEvents.createdAt, new Date(query.from)));
  if (query.to) conditions.push(lte(auditEvents.createdAt, new Date(query.to)));
  if (query.before) conditions.push(lt(auditEvents.id, query.before));
  // The actor's name, so a reader sees who rather than an id (a read model over users).
  const rows = await db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ event: { regionId: _region, ...row }, actorName }) => ({
      ...row,
      actorName,
      createdAt: row.createdAt.toISOString(),
    })),
    nextBefore: rows.length > query.limit ? page.at(-1)!.event.id : null,
  };
}
