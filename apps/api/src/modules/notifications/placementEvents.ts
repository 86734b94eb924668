import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  classes,
  internshipPlaces,
  offers,
  organisations,
  participants,
  placementSignatures,
  placements,
  users,
  type Transaction,
} from '@stagebureau/db';
import type { NotificationFacts, OfferType, PlacementFacts } from '@stagebureau/domain';
import { hashSecret } from '../auth/secrets';
import type { NotificationEvent } from './events';
import { companyRecipients, schoolRecipients, type RecipientUser } from './recipients';
import type { Delivery } from './resolve';

type PlacementEvent = Extract<
  NotificationEvent,
  { kind: 'placement.signing_requested' | 'placement.signed' }
>;

const company = alias(organisations, 'company');
const school = alias(organisations, 'school');

/** A placement as its messages describe it (shared with attendanceEvents.ts). */
export async function loadPlacement(tx: Transaction, regionId: string, placementId: string) {
  const [row] = await tx
    .select({
      placement: placements,
      place: internshipPlaces,
      placeTitle: offers.title,
      placeType: offers.type,
      companyName: company.name,
      schoolName: school.name,
      pseudonym: participants.pseudonym,
      className: classes.name,
    })
    .from(placements)
    .innerJoin(internshipPlaces, eq(internshipPlaces.id, placements.placeId))
    .innerJoin(offers, eq(offers.id, internshipPlaces.offerId))
    .innerJoin(company, eq(company.id, placements.companyId))
    .innerJoin(school, eq(school.id, placements.schoolId))
    .innerJoin(participants, eq(participants.id, placements.participantId))
    .leftJoin(classes, eq(classes.id, participants.classId))
    .where(and(eq(placements.regionId, regionId), eq(placements.id, placementId)));
  if (!row) return null;
  const facts: PlacementFacts = {
    placementId: row.placement.id,
    placeTitle: row.placeTitle,
    placeType: row.placeType as OfferType,
    companyName: row.companyName,
    schoolName: row.schoolName,
    startsOn: row.placement.startsOn,
    endsOn: row.placement.endsOn,
  };
  return { ...row, facts };
}

/** A link's address may belong to a user (a coordinator, a teacher): then in their language. */
async function addressee(tx: Transaction, regionId: string, email: string) {
  const [user] = await tx
    .select({ language: users.language, role: users.role })
    .from(users)
    .where(and(eq(users.regionId, regionId), sql`lower(${users.email}) = lower(${email})`));
  return user ?? null;
}

/**
 * Who hears about an agreement's signing (issue 16). A signing link goes only to its row's
 * address and only by e-mail (no inbox copy keeps the secret); "signed" to the school and the
 * host company.
 */
export async function resolvePlacementEvent(
  tx: Transaction,
  event: PlacementEvent,
): Promise<Delivery[]> {
  switch (event.kind) {
    case 'placement.signing_requested': {
      const [signature] = await tx
        .select()
        .from(placementSignatures)
        .where(
          and(
            eq(placementSignatures.regionId, event.regionId),
            eq(placementSignatures.id, event.signatureId),
          ),
        );
      // Signed, rotated (another secret now) or erased meanwhile: nothing to send.
      const secret = event.path.split('/').at(-1) ?? '';
      if (!signature || signature.signedAt || !signature.email) return [];
      if (signature.tokenHash !== hashSecret(secret)) return [];
      const loaded = await loadPlacement(tx, event.regionId, signature.placementId);
      if (!loaded || loaded.placement.status !== 'accepted') return [];
      const party = signature.party as Extract<
        NotificationFacts,
        { kind: 'placement.signing_requested' }
      >['party'];
      const facts: NotificationFacts = {
        kind: event.kind,
        placement: loaded.facts,
        party,
        pupil:
          party === 'pupil' ? { pseudonym: loaded.pseudonym, className: loaded.className } : null,
        path: event.path,
        expiresAt: signature.expiresAt.toISOString(),
      };
      const user = await addressee(tx, event.regionId, signature.email);
      const recipient: RecipientUser = {
        userId: null,
        email: signature.email,
        language: user?.language ?? 'nl',
        audience: party === 'school' || party === 'pupil' ? 'school' : 'invitee',
      };
      return [{ facts, recipients: [recipient] }];
    }
    case 'placement.signed': {
      const loaded = await loadPlacement(tx, event.regionId, event.placementId);
      if (!loaded || !loaded.placement.agreementHash) return [];
      const facts: NotificationFacts = {
        kind: event.kind,
        placement: loaded.facts,
        agreementHash: loaded.placement.agreementHash,
      };
      const { schoolId, companyId, createdBy } = loaded.placement;
      return [
        { facts, recipients: await schoolRecipients(tx, event.regionId, schoolId, [createdBy]) },
        { facts, recipients: await companyRecipients(tx, event.regionId, companyId) },
      ];
    }
  }
}
