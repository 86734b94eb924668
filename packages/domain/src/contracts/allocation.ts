import { z } from 'zod';
import { isoDateTime, shortText } from './common';

export const allocationRoundStatuses = ['draft', 'open', 'closed', 'run', 'published'] as const;
export type AllocationRoundStatus = (typeof allocationRoundStatuses)[number];

export const allocationPolicySchema = z
  .object({
    kind: z.literal('snake_draft').default('snake_draft'),
    weighting: z.enum(['equal', 'eligible_pupils']).default('equal'),
    fairShareLedger: z.boolean().default(false),
  })
  .strict();

const uniqueIds = (min: number, max: number) =>
  z
    .array(z.uuid())
    .min(min)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'ids must be unique');

export const createAllocationRoundSchema = z
  .object({
    name: shortText(160),
    sessionIds: uniqueIds(1, 200),
    requestWindow: z
      .object({ opensAt: isoDateTime, closesAt: isoDateTime })
      .strict()
      .refine((window) => Date.parse(window.closesAt) > Date.parse(window.opensAt), {
        message: 'closesAt must be after opensAt',
        path: ['closesAt'],
      }),
    policy: allocationPolicySchema.default({
      kind: 'snake_draft',
      weighting: 'equal',
      fairShareLedger: false,
    }),
  })
  .strict();
export type CreateAllocationRound = z.infer<typeof createAllocationRoundSchema>;

export const allocationRoundSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(allocationRoundStatuses),
  sessionIds: z.array(z.uuid()),
  requestWindow: z.object({ opensAt: isoDateTime, closesAt: isoDateTime }),
  policy: allocationPolicySchema,
  /** SHA-256 of the seed's hex text, published from the start. */
  seedHash: z.string(),
  /** Revealed at the run; null before. */
  seed: z.string().nullable(),
  runAt: isoDateTime.nullable(),
  publishedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type AllocationRoundView = z.infer<typeof allocationRoundSchema>;
export const allocationRoundListSchema = z.object({ items: z.array(allocationRoundSchema) });

export const createAllocationRequestSchema = z
  .object({
    classId: z.uuid(),
    seats: z.number().int().min(1).max(1000),
    /** Session ids of the round, best first. */
    preferences: uniqueIds(1, 5),
  })
  .strict();
export const updateAllocationRequestSchema = z
  .object({ seats: z.number().int().min(1).max(1000), preferences: uniqueIds(1, 5) })
  .partial()
  .strict();

export const allocationRequestSchema = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  schoolId: z.uuid(),
  classId: z.uuid(),
  seats: z.number().int(),
  preferences: z.array(z.uuid()),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export const allocationRequestListSchema = z.object({ items: z.array(allocationRequestSchema) });
export const allocationRequestParamsSchema = z
  .object({ id: z.uuid(), requestId: z.uuid() })
  .strict();

export const allocationPlacementSchema = z.object({
  requestId: z.uuid(),
  schoolId: z.uuid(),
  classId: z.uuid(),
  seats: z.number().int(),
  sessionId: z.uuid().nullable(),
  preferenceRank: z.number().int().nullable(),
  draftRound: z.number().int(),
  pick: z.number().int(),
  explanation: z.string(),
  adjustment: z.object({ by: z.uuid(), reason: z.string() }).nullable(),
});

const schoolFairnessSchema = z.object({
  schoolId: z.uuid(),
  requests: z.number().int(),
  requestedSeats: z.number().int(),
  placedRequests: z.number().int(),
  placedSeats: z.number().int(),
  placedShare: z.number(),
  firstPreferenceShare: z.number(),
  pupilShare: z.number().nullable(),
  seatShare: z.number(),
});
export const fairnessFiguresSchema = z.object({
  schools: z.array(schoolFairnessSchema),
  requestedSeats: z.number().int(),
  placedSeats: z.number().int(),
  unplacedRequestIds: z.array(z.uuid()),
  unplacedSeats: z.number().int(),
  placedSeatsSpread: z.number(),
  placedShareSpread: z.number(),
  placedShareGini: z.number(),
});

export const allocationResultSchema = z.object({
  round: allocationRoundSchema,
  placements: z.array(allocationPlacementSchema),
  /** Bureau only; schools see their own placements. */
  fairness: fairnessFiguresSchema.nullable(),
});

/** Everything needed to re-run a round: ids of other schools are pseudonymised for schools. */
export const allocationReplaySchema = z.object({
  algorithm: z.literal('snake_draft/v1'),
  seed: z.string(),
  seedHash: z.string(),
  input: z.record(z.string(), z.unknown()),
  schoolOrder: z.array(z.string()),
  placements: z.array(
    z.object({
      requestId: z.string(),
      sessionId: z.string().nullable(),
      preferenceRank: z.number().int().nullable(),
      draftRound: z.number().int(),
      pick: z.number().int(),
    }),
  ),
});

export const adjustAllocationSchema = z
  .object({ requestId: z.uuid(), sessionId: z.uuid().nullable(), reason: shortText(500) })
  .strict();

export const publishAllocationResultSchema = z.object({
  round: allocationRoundSchema,
  confirmedBookingIds: z.array(z.uuid()),
  waitlistedBookingIds: z.array(z.uuid()),
});
