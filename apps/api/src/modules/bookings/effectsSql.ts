import type { BookingEffects } from '@stagebureau/domain';
import type { AuditActor } from '../audit/record';

/**
 * The domain's effects as the rows `booking_effects()` (migration 0007) inserts: audit rows
 * stamped with the actor, conflicts, notification events. Column names, because the function
 * reads them with `jsonb_populate_recordset`.
 */
export function effectsToSql(effects: BookingEffects, actor: AuditActor) {
  return {
    audit: effects.audit.map((entry) => ({
      region_id: actor.regionId,
      actor_user_id: actor.userId,
      actor_role: actor.role,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason ?? null,
    })),
    conflicts: effects.conflicts.map((conflict) => ({
      id: conflict.id,
      region_id: conflict.regionId,
      type: conflict.type,
      severity: conflict.severity,
      session_id: conflict.sessionId,
      offer_id: conflict.offerId,
      school_id: conflict.schoolId,
      booking_ids: conflict.bookingIds,
      details: conflict.details,
    })),
    notifications: effects.notifications,
  };
}
