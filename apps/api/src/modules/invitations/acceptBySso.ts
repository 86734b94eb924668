import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { invitations, type Database, type Transaction } from '@stagebureau/db';
import { DomainError, invitationAcceptable } from '@stagebureau/domain';
import { recordAudit } from '../audit/record';
import { hashPassword, newSecret } from '../auth/secrets';
import { emailInUse, insertUser, markAccepted } from './repo';

/** The newest open invitation for an e-mail in a region: not accepted, not expired. */
export async function openInvitationFor(db: Database, regionId: string, email: string, now: Date) {
  const [row] = await db
    .select({ id: invitations.id, regionId: invitations.regionId })
    .from(invitations)
    .where(
      and(
        eq(invitations.regionId, regionId),
        eq(sql`lower(${invitations.email})`, email.toLowerCase()),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(1);
  return row ?? null;
}

/**
 * Accepts an invitation for someone whose e-mail the region's identity provider verified
 * (decision 016), inside the caller's transaction so the SSO link is written with it. The
 * account gets a random password nobody knows: it logs in through the provider.
 */
export async function acceptInvitationBySso(
  tx: Transaction,
  invitationId: string,
  input: { name: string },
  now: Date,
): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(newSecret());
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(eq(invitations.id, invitationId))
    .for('update');
  if (!invitation) throw new DomainError('invitation_invalid');
  const acceptable = invitationAcceptable(invitation, now);
  if (!acceptable.ok) throw new DomainError(acceptable.code, acceptable.detail);
  if (await emailInUse(tx, invitation.email)) throw new DomainError('email_taken');
  const user = await insertUser(tx, {
    regionId: invitation.regionId,
    organisationId: invitation.organisationId,
    email: invitation.email,
    name: input.name,
    role: invitation.role,
    passwordHash,
  });
  await markAccepted(tx, invitation.id, user.id, now);
  await recordAudit(
    tx,
    { userId: user.id, role: user.role, regionId: invitation.regionId },
    {
      entity: 'invitation',
      entityId: invitation.id,
      action: 'accept',
      before: { acceptedAt: null },
      after: { acceptedAt: now.toISOString(), userId: user.id, email: user.email, by: 'sso' },
    },
  );
  return { userId: user.id };
}
