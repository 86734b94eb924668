import type { Transaction } from '@stagebureau/db';
import type { NotificationFacts } from '@stagebureau/domain';
import { loadRegistrationFacts } from '../registrations/service';
import type { NotificationEvent } from './events';
import { bureauRecipients } from './recipients';
import type { Delivery } from './resolve';

type RegistrationEvent = Extract<
  NotificationEvent,
  { kind: 'registration.received' | 'registration.submitted' | 'registration.rejected' }
>;

/**
 * Who hears about a company's self-registration (issue 21): its contact person (no account
 * yet, so by e-mail only, in the language chosen on the form), and the bureau for a new one.
 */
export async function resolveRegistrationEvent(
  tx: Transaction,
  event: RegistrationEvent,
): Promise<Delivery[]> {
  const row = await loadRegistrationFacts(tx, event.regionId, event.registrationId);
  if (!row) return [];
  const facts = {
    kind: event.kind,
    regionName: row.regionName,
    companyName: row.companyName,
    kvkNumber: row.kvkNumber ?? '',
    contactName: row.registration.contactName,
    reason: event.kind === 'registration.rejected' ? row.registration.rejectionReason : null,
  } as NotificationFacts;
  if (event.kind === 'registration.submitted')
    return [{ facts, recipients: await bureauRecipients(tx, event.regionId) }];
  const applicant = {
    userId: null,
    email: row.registration.contactEmail,
    language: row.registration.language,
    audience: 'invitee',
  } as const;
  return [{ facts, recipients: [applicant] }];
}
