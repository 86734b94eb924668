import type { Transaction } from '@stagebureau/db';
import type { NotificationFacts } from '@stagebureau/domain';
import type { NotificationEvent } from './events';
import { loadOpenParts, loadPartProposal, loadSignUp, type LoadedPart } from './requestFacts';
import { bureauRecipients, companyRecipients, schoolRecipients } from './recipients';
import type { Delivery } from './resolve';

type RequestEvent = Extract<
  NotificationEvent,
  {
    kind:
      | 'sign_up.received'
      | 'sign_up.withdrawn'
      | 'sign_up.accepted'
      | 'sign_up.declined'
      | 'request.reminder';
  }
>;

const bySchool = (parts: LoadedPart[]) => {
  const grouped = new Map<string, LoadedPart['part'][]>();
  for (const { schoolId, part } of parts)
    grouped.set(schoolId, [...(grouped.get(schoolId) ?? []), part]);
  return grouped;
};

/**
 * A sign-up's news goes to the schools whose parts it proposes or held — each school reads
 * only its own classes, since a bureau-made request may span several schools — and to the
 * bureau when the bureau asked (the request has no school): it then decides for them.
 */
async function toAskers(
  tx: Transaction,
  regionId: string,
  requestSchoolId: string | null,
  parts: LoadedPart[],
  factsFor: (parts: LoadedPart['part'][]) => NotificationFacts,
): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (const [schoolId, own] of bySchool(parts))
    deliveries.push({
      facts: factsFor(own),
      recipients: await schoolRecipients(tx, regionId, schoolId),
    });
  if (requestSchoolId === null && parts.length)
    deliveries.push({
      facts: factsFor(parts.map((p) => p.part)),
      recipients: await bureauRecipients(tx, regionId),
    });
  return deliveries;
}

/** Who hears about a demand-side event (issue 15) and what they read. */
export async function resolveRequestEvent(
  tx: Transaction,
  event: RequestEvent,
): Promise<Delivery[]> {
  switch (event.kind) {
    case 'sign_up.received':
    case 'sign_up.withdrawn': {
      // Received: what the sign-up still proposes or already got; withdrawn: what it gave back.
      const statuses =
        event.kind === 'sign_up.received'
          ? (['proposed', 'accepted', 'declined'] as const)
          : (['withdrawn'] as const);
      const signUp = await loadSignUp(tx, event.regionId, event.signUpId, statuses);
      if (!signUp) return [];
      const { request, companyName } = signUp;
      return toAskers(tx, event.regionId, signUp.requestSchoolId, signUp.parts, (parts) =>
        event.kind === 'sign_up.received'
          ? {
              kind: event.kind,
              request,
              companyName,
              contact: signUp.contact,
              note: signUp.note,
              parts,
            }
          : { kind: event.kind, request, companyName, reason: event.reason ?? null, parts },
      );
    }
    case 'sign_up.accepted':
    case 'sign_up.declined': {
      const row = await loadPartProposal(tx, event.regionId, event.proposalId);
      if (!row) return [];
      const common = { request: row.request, schoolName: row.schoolName, part: row.part };
      const facts: NotificationFacts =
        event.kind === 'sign_up.accepted'
          ? { kind: event.kind, ...common }
          : { kind: event.kind, ...common, reason: row.declineReason };
      return [{ facts, recipients: await companyRecipients(tx, event.regionId, row.companyId) }];
    }
    case 'request.reminder': {
      const loaded = await loadOpenParts(tx, event.regionId, event.requestId, event.partIds);
      // Taken meanwhile (between the sweep and the rendering): nothing left to remind of.
      if (!loaded || loaded.parts.length === 0) return [];
      const facts: NotificationFacts = { kind: event.kind, ...loaded };
      return [{ facts, recipients: await companyRecipients(tx, event.regionId, event.companyId) }];
    }
  }
}
