import { z } from 'zod';
import { isoDateTime } from './common';

export const auditQuerySchema = z
  .object({
    entity: z.string().max(60).optional(),
    entityId: z.string().max(100).optional(),
    actorUserId: z.uuid().optional(),
    action: z.string().max(60).optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  actorUserId: z.uuid().nullable(),
  actorRole: z.string().nullable(),
  /** The actor's name as it is now; null for the system or an erased person. */
  actorName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  createdAt: isoDateTime,
});
export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  nextBefore: z.number().int().nullable(),
});
