import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  invitationAcceptable,
  invitationAllowed,
  invitationExpiresAt,
  invitationTargetFits,
  type AcceptInvitation,
  type Actor,
  type CreateInvitation,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { isUniqueViolation } from '../shared';
import { auditActorOf, recordAudit, type AuditActor } from '../audit/record';
import { notify } from '../notifications/notify';
import { hashPassword, hashSecret, newSecret } from '../auth/secrets';
import { findOrganisation } from '../organisations/service';
import {
  emailInUse,
  findInvitationByHash,
  insertInvitation,
  insertUser,
  markAccepted,
  toInvitation,
} from './repo';

/** Like refresh tokens, an invitation token names its region: `<regionId>.<secret>`. */
function splitToken(token: string): { regionId: string; secret: string } {
  const [regionId, secret, ...rest] = token.split('.');
  if (!regionId || !secret || rest.length || !/^[0-9a-f-]{36}$/.test(regionId))
    throw new DomainError('invitation_invalid');
  return { regionId, secret };
}

export async function createInvitation(
  db: Database,
  actor: Actor,
  input: CreateInvitation,
  now: Date,
  webUrl: string,
) {
  return db.transaction((tx) => issueInvitation(tx, actor, input, now, webUrl));
}

/**
 * Invites someone inside the caller's transaction: the bureau anyone, an organisation's admin
 * (company admin, school coordinator) colleagues into their own organisation only
 * (`invitationAllowed`). The link goes out by e-mail through the outbox.
 */
export async function issueInvitation(
  tx: Transaction,
  actor: Actor,
  input: CreateInvitation,
  now: Date,
  webUrl: string,
) {
  const organisation = input.organisationId
    ? await findOrganisation(tx, actor.regionId, input.organisationId)
    : null;
  if (input.organisationId && !organisation) throw new DomainError('not_found');
  authorise(actor, 'invitation.create', {
    regionId: actor.regionId,
    organisationId: input.organisationId,
  });
  const allowed = invitationAllowed(actor, input);
  if (!allowed.ok) throw new DomainError(allowed.code, allowed.detail);
  const fits = invitationTargetFits(input.role, organisation?.kind ?? null);
  if (!fits.ok) throw new DomainError(fits.code, fits.detail, fits.meta);
  return writeInvitation(
    tx,
    auditActorOf(actor),
    { createdBy: actor.userId },
    { regionId: actor.regionId, ...input },
    now,
    webUrl,
  );
}

/**
 * A region's first bureau admin, invited by a platform admin (issue 21), who is no user of the
 * region: the invitation names them as its creator instead, and the audit shows their role.
 */
export async function invitePlatformBureauAdmin(
  db: Database,
  platformAdminId: string,
  regionId: string,
  input: { email: string; name?: string },
  now: Date,
  webUrl: string,
) {
  return db.transaction((tx) =>
    writeInvitation(
      tx,
      { userId: platformAdminId, role: 'platform_admin', regionId },
      { createdByPlatformAdmin: platformAdminId },
      { regionId, email: input.email, role: 'bureau_admin', organisationId: null },
      now,
      webUrl,
      input.name ? { name: input.name } : {},
    ),
  );
}

/** Stores an allowed invitation, audits it, and sends its link by e-mail through the outbox. */
async function writeInvitation(
  tx: Transaction,
  auditActor: AuditActor,
  creator: { createdBy: string } | { createdByPlatformAdmin: string },
  input: CreateInvitation & { regionId: string },
  now: Date,
  webUrl: string,
  auditNote: Record<string, string> = {},
) {
  if (await emailInUse(tx, input.email)) throw new DomainError('email_taken');
  const secret = newSecret();
  const row = await insertInvitation(tx, {
    regionId: input.regionId,
    organisationId: input.organisationId,
    email: input.email,
    role: input.role,
    tokenHash: hashSecret(secret),
    expiresAt: invitationExpiresAt(now),
    ...creator,
  });
  const invitation = toInvitation(row);
  await recordAudit(tx, auditActor, {
    entity: 'invitation',
    entityId: row.id,
    action: 'create',
    after: { ...invitation, ...auditNote },
  });
  const token = `${input.regionId}.${secret}`;
  const acceptUrl = `${webUrl}/uitnodiging/${token}`;
  await notify(tx, {
    kind: 'invitation.sent',
    regionId: input.regionId,
    invitationId: row.id,
    acceptUrl,
  });
  return { ...invitation, token, acceptUrl };
}

/** Whether an e-mail address already has an account (anywhere: addresses are unique). */
export { emailInUse } from './repo';

/** Creates the invited user; the token works once, before it expires. */
export async function acceptInvitation(
  db: Database,
  token: string,
  input: AcceptInvitation,
  now: Date,
) {
  const { regionId, secret } = splitToken(token);
  // The slow hash runs before the transaction, so no row lock is held while it runs.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const invitation = await findInvitationByHash(tx, regionId, hashSecret(secret));
      if (!invitation) throw new DomainError('invitation_invalid');
      const acceptable = invitationAcceptable(invitation, now);
      if (!acceptable.ok) throw new DomainError(acceptable.code, acceptable.detail);
      if (await emailInUse(tx, invitation.email)) throw new DomainError('email_taken');

      const user = await insertUser(tx, {
        regionId,
        organisationId: invitation.organisationId,
        email: invitation.email,
        name: input.name,
        role: invitation.role,
        passwordHash,
        language: input.language,
      });
      await markAccepted(tx, invitation.id, user.id, now);
      await recordAudit(
        tx,
        { userId: user.id, role: user.role, regionId },
        {
          entity: 'invitation',
          entityId: invitation.id,
          action: 'accept',
          before: { acceptedAt: null },
          after: { acceptedAt: now.toISOString(), userId: user.id, email: user.email },
        },
      );
      return {
        userId: user.id,
        email: user.email,
        role: user.role,
        organisationId: user.organisationId,
      };
    });
  } catch (error) {
    // Two invitations for one address accepted at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw new DomainError('email_taken');
    throw error;
  }
}
