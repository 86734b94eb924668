import {
  followUpStatusOf,
  type Contact,
  type ContactMoment,
  type FollowUp,
} from '@stagebureau/domain';
import type { ContactRow, LoadedFollowUp, MomentRow } from './repo';

export const toContact = (row: ContactRow): Contact => ({
  id: row.id,
  organisationId: row.organisationId,
  name: row.name,
  jobTitle: row.jobTitle,
  email: row.email,
  phone: row.phone,
  isPrimary: row.isPrimary,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toMoment = ({
  moment,
  contactName,
  schoolName,
  authorName,
}: MomentRow): ContactMoment => ({
  id: moment.id,
  companyId: moment.companyId,
  kind: moment.kind,
  occurredAt: moment.occurredAt.toISOString(),
  notes: moment.notes,
  contactId: moment.contactId,
  contactName: contactName ?? null,
  schoolId: moment.schoolId,
  schoolName: schoolName ?? null,
  authorName: authorName ?? null,
});

export const toFollowUp = (
  { followUp, companyName, ownerName }: LoadedFollowUp,
  today: string,
): FollowUp => ({
  id: followUp.id,
  companyId: followUp.companyId,
  companyName,
  momentId: followUp.momentId,
  description: followUp.description,
  dueOn: followUp.dueOn,
  ownerId: followUp.ownerId,
  ownerName,
  schoolId: followUp.schoolId,
  status: followUpStatusOf(followUp, today),
  doneAt: followUp.doneAt?.toISOString() ?? null,
});
