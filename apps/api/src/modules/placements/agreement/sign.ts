import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  decidePlacementMove,
  missingParties,
  requiredParties,
  signingLinkUsable,
  type AgreementParty,
  type SignAgreement,
  type SignedAgreement,
  type SigningView,
} from '@stagebureau/domain';
import { recordAudit, type AuditActor } from '../../audit/record';
import { hashSecret } from '../../auth/secrets';
import { orThrow } from '../../bookings';
import { settlePlacementConflicts } from '../../conflicts/raise';
import { notify } from '../../notifications/notify';
import { lockPlacement, updatePlacement, type PlacementRow } from '../repo';
import { storedAgreementOf, type StoredAgreement } from './data';
import {
  lockSignature,
  markSigned,
  placementById,
  signatureByTokenHash,
  signaturesOfPlacement,
  type SignatureRow,
} from './repo';

const invalid = () => new DomainError('signing_link_invalid');

/** A signer has no account: the audit names the party whose link was used. */
const signerOf = (row: SignatureRow): AuditActor => ({
  userId: null,
  role: `signer:${row.party}`,
  regionId: row.regionId,
});

/** The link's row, its placement and stored agreement, when the link may be used now. */
async function usableLink(
  db: Database | Transaction,
  token: string,
  now: Date,
  lock: Transaction | null,
): Promise<{ link: SignatureRow; placement: PlacementRow; agreement: StoredAgreement }> {
  const found = await signatureByTokenHash(db, hashSecret(token));
  if (!found) throw invalid();
  // Signing: the placement first, then the row (the order every signer takes), re-read so a
  // concurrent signature or a new secret is seen.
  const placement = lock
    ? await lockPlacement(lock, found.regionId, found.placementId)
    : await placementById(db, found.regionId, found.placementId);
  const link = lock ? await lockSignature(lock, found.id) : found;
  if (!placement || !link || link.tokenHash !== found.tokenHash) throw invalid();
  const usable = signingLinkUsable(link, placement.status, now);
  const agreement = storedAgreementOf(placement.agreement);
  if (!usable.ok || !agreement || !placement.agreementHash) throw invalid();
  return { link, placement, agreement };
}

/** Who has signed, in the agreement's order: parties only, never their typed names. */
function partiesOf(agreement: StoredAgreement, rows: readonly SignatureRow[]) {
  const signed = new Set(rows.filter((row) => row.signedAt).map((row) => row.party));
  return requiredParties(agreement.data).map((party) => ({ party, signed: signed.has(party) }));
}

/** What a link's holder reads before signing (public, by token). */
export async function readSigningLink(
  db: Database,
  token: string,
  now: Date,
): Promise<SigningView> {
  const { link, placement, agreement } = await usableLink(db, token, now, null);
  return {
    party: link.party as AgreementParty,
    placeTitle: agreement.data.place.title,
    agreementText: agreement.text,
    agreementHash: placement.agreementHash!,
    parties: partiesOf(agreement, await signaturesOfPlacement(db, placement.id)),
    expiresAt: link.expiresAt.toISOString(),
  };
}

/**
 * A party signs through its link: typed name, consent, the time and the hash of the text it
 * read. The link then no longer works. The last signature moves the placement to `signed`
 * (the database refuses that move while a required signature is missing) and tells the
 * school and the host company. Any refusal writes nothing.
 */
export async function signByLink(
  db: Database,
  token: string,
  input: SignAgreement,
  now: Date,
): Promise<SignedAgreement> {
  return db.transaction(async (tx) => {
    const { link, placement, agreement } = await usableLink(tx, token, now, tx);
    const hash = placement.agreementHash!;
    if (
      !(await markSigned(tx, link.id, {
        typedName: input.typedName,
        signedAt: now,
        signedHash: hash,
      }))
    )
      throw invalid();
    const signer = signerOf(link);
    await recordAudit(tx, signer, {
      entity: 'placement',
      entityId: placement.id,
      action: 'agreement.signed',
      after: { party: link.party, signedHash: hash, signedAt: now.toISOString() },
    });
    const rows = await signaturesOfPlacement(tx, placement.id);
    const complete = missingParties(requiredParties(agreement.data), rows).length === 0;
    if (complete) {
      const next = orThrow(decidePlacementMove(placement.status, 'sign'));
      await updatePlacement(tx, placement.id, { status: next });
      await recordAudit(tx, signer, {
        entity: 'placement',
        entityId: placement.id,
        action: next,
        before: { status: placement.status },
        after: { status: next, agreementHash: hash },
      });
      await settlePlacementConflicts(
        tx,
        placement.regionId,
        'placement_unsigned',
        placement.id,
        'every party signed',
        now,
      );
      await notify(tx, {
        kind: 'placement.signed',
        regionId: placement.regionId,
        placementId: placement.id,
      });
    }
    return {
      party: link.party as AgreementParty,
      signedAt: now.toISOString(),
      agreementHash: hash,
      complete,
    };
  });
}
