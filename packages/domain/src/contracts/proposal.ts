import { z } from 'zod';
import { isoDateTime, longText, shortText } from './common';

export const proposalStatuses = ['pending', 'accepted', 'declined', 'withdrawn'] as const;

const option = z
  .object({ startsAt: isoDateTime, endsAt: isoDateTime })
  .strict()
  .refine((value) => Date.parse(value.endsAt) > Date.parse(value.startsAt), {
    path: ['endsAt'],
    message: 'must be after startsAt',
  });

/** A school proposes up to three moments for one class; the class size is the seats. */
export const createProposalSchema = z
  .object({
    classId: z.uuid(),
    options: z.array(option).min(1).max(3),
    teachers: z.array(shortText(120)).max(5).default([]),
    note: longText(1000).default(''),
  })
  .strict();
export type CreateProposal = z.infer<typeof createProposalSchema>;

export const acceptProposalSchema = z
  .object({ optionIndex: z.number().int().min(0).max(2) })
  .strict();
export const declineProposalSchema = z.object({ reason: shortText(500) }).strict();

export const proposalListQuerySchema = z
  .object({ status: z.enum(proposalStatuses).optional(), offerId: z.uuid().optional() })
  .strict();

export const proposalSchema = z.object({
  id: z.uuid(),
  offerId: z.uuid(),
  offerTitle: z.string(),
  schoolId: z.uuid(),
  schoolName: z.string(),
  classId: z.uuid(),
  className: z.string(),
  seats: z.number().int(),
  teachers: z.array(z.string()),
  note: z.string(),
  options: z.array(z.object({ startsAt: isoDateTime, endsAt: isoDateTime })),
  status: z.enum(proposalStatuses),
  acceptedSessionId: z.uuid().nullable(),
  bookingId: z.uuid().nullable(),
  declineReason: z.string().nullable(),
  createdAt: isoDateTime,
});
export type Proposal = z.infer<typeof proposalSchema>;
export const proposalListSchema = z.object({ items: z.array(proposalSchema) });
