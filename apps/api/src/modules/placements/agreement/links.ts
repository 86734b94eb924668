import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  agreementHash,
  agreementText,
  signingLinkExpiresAt,
  signingLinksFor,
  signingRecipient,
  type Actor,
  type AgreementParty,
  type RenewedSigningLink,
} from '@stagebureau/domain';
import { authorise } from '../../../plugins/auth';
import { auditActorOf, recordAudit } from '../../audit/record';
import { hashSecret, newSecret } from '../../auth/secrets';
import { notify } from '../../notifications/notify';
import { loadRegionWithSettings } from '../../region/service';
import { lockPlacement, updatePlacement, type PlacementRow } from '../repo';
import { agreementDataOf, signingAddressesOf, storedAgreementOf } from './data';
import {
  agreementSources,
  insertSignature,
  lockSignature,
  replaceToken,
  signaturesOfPlacement,
} from './repo';

/** The signing page of a link; its secret is the last segment (stored only as its hash). */
export const signingPath = (secret: string) => `/ondertekenen/${secret}`;

/** Stores the link's e-mail in the outbox: sent by the worker, to the row's address only. */
async function mailLink(
  tx: Transaction,
  regionId: string,
  signatureId: string,
  email: string,
  secret: string,
  now: Date,
) {
  if (!email) return;
  await notify(tx, {
    kind: 'placement.signing_requested',
    regionId,
    signatureId,
    path: signingPath(secret),
    issuedAt: now.toISOString(),
  });
}

/**
 * The accept hook (issue 16): in the accepting transaction the agreement is generated from the
 * region's template, its text and SHA-256 stored on the placement, and one expiring, one-time
 * link made and mailed per required party.
 */
export async function sendForSigning(
  tx: Transaction,
  actor: Actor,
  placement: PlacementRow,
  now: Date,
): Promise<void> {
  const { regionId } = placement;
  const sources = await agreementSources(tx, regionId, placement.id);
  const region = await loadRegionWithSettings(tx, regionId);
  if (!sources || !region) throw new DomainError('not_found');
  const data = await agreementDataOf(tx, sources, region.settings);
  const text = agreementText(data);
  const hash = agreementHash(text);
  await updatePlacement(tx, placement.id, { agreement: { data, text }, agreementHash: hash });
  const addresses = await signingAddressesOf(tx, sources);
  const expiresAt = signingLinkExpiresAt(now, region.settings.signingLinkDays);
  const links = signingLinksFor(data, addresses);
  for (const { party, email } of links) {
    const secret = newSecret();
    const row = await insertSignature(tx, {
      regionId,
      placementId: placement.id,
      party,
      email: email ?? '',
      tokenHash: hashSecret(secret),
      expiresAt,
    });
    await mailLink(tx, regionId, row.id, row.email, secret, now);
  }
  await recordAudit(tx, auditActorOf(actor), {
    entity: 'placement',
    entityId: placement.id,
    action: 'agreement.sent',
    after: {
      agreementHash: hash,
      parties: links.map((link) => ({ party: link.party, mailed: Boolean(link.email) })),
      expiresAt: expiresAt.toISOString(),
    },
  });
}

/**
 * The school sends a party's link again: a new secret (the old one stops working), a new
 * expiry, to the party's current address. Only while the placement awaits signatures and
 * the party has not signed. For its own parties (school, pupil) the school also gets the link.
 */
export async function rotateSigningLink(
  db: Database,
  actor: Actor,
  placementId: string,
  party: AgreementParty,
  now: Date,
  webUrl: string,
): Promise<RenewedSigningLink> {
  return db.transaction(async (tx) => {
    const placement = await lockPlacement(tx, actor.regionId, placementId);
    if (!placement) throw new DomainError('not_found');
    authorise(actor, 'placement.propose', {
      regionId: actor.regionId,
      organisationId: placement.schoolId,
    });
    if (placement.status !== 'accepted')
      throw new DomainError('invalid_transition', 'this placement does not await signatures', {
        from: placement.status,
      });
    const current = (await signaturesOfPlacement(tx, placementId)).find((s) => s.party === party);
    if (!current) throw new DomainError('not_found', 'this party does not sign this agreement');
    const row = await lockSignature(tx, current.id);
    if (!row || row.signedAt)
      throw new DomainError('invalid_transition', 'this party has already signed');
    const sources = await agreementSources(tx, actor.regionId, placementId);
    const region = await loadRegionWithSettings(tx, actor.regionId);
    if (!sources || !region || !storedAgreementOf(placement.agreement))
      throw new DomainError('not_found');
    const email = signingRecipient(party, await signingAddressesOf(tx, sources)) ?? '';
    const secret = newSecret();
    const expiresAt = signingLinkExpiresAt(now, region.settings.signingLinkDays);
    await replaceToken(tx, row.id, { tokenHash: hashSecret(secret), expiresAt, email });
    await mailLink(tx, actor.regionId, row.id, email, secret, now);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'placement',
      entityId: placementId,
      action: 'agreement.link_renewed',
      after: { party, mailed: Boolean(email), expiresAt: expiresAt.toISOString() },
    });
    const schoolSide = party === 'school' || party === 'pupil';
    return {
      party,
      expiresAt: expiresAt.toISOString(),
      url: schoolSide ? `${webUrl.replace(/\/$/, '')}${signingPath(secret)}` : null,
    };
  });
}
