import { fail, ok, type Outcome } from './outcome';

/** What the identity provider says about the person, after the ID token was validated. */
export interface SsoClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  /** The display name, for an account created from an invitation. */
  name: string | null;
}

/** An account as SSO sees it: who, and whether it and its organisation may log in. */
export interface SsoAccount {
  userId: string;
  regionId: string;
  active: boolean;
}

/** An account opens (and is linked on first use), or an open invitation is accepted. */
export type SsoMatch =
  { kind: 'account'; userId: string; link: boolean } | { kind: 'invitation'; invitationId: string };

/**
 * Which account an SSO login opens. A stored (issuer, subject) link wins, so a later change of
 * e-mail at the provider does not move the login to someone else. Without a link, only an
 * e-mail the provider has verified may claim an account, and only one in the provider's region:
 * an unverified address could be anyone's. A verified address with no account yet but an open
 * invitation in the region accepts that invitation: the provider proved what its link would.
 */
export function matchSsoAccount(input: {
  regionId: string;
  claims: SsoClaims;
  linked: SsoAccount | null;
  byEmail: SsoAccount | null;
  /** An open (unaccepted, unexpired) invitation for the e-mail, if any. */
  invitation?: { id: string; regionId: string } | null;
}): Outcome<SsoMatch> {
  const { regionId, claims, linked, byEmail, invitation } = input;
  if (linked) {
    // One identity, one account: linked in another region, it opens nothing here.
    if (linked.regionId !== regionId) return fail('sso_account_unknown');
    if (!linked.active) return fail('account_inactive');
    return ok({ kind: 'account', userId: linked.userId, link: false });
  }
  if (!claims.email) return fail('sso_account_unknown', 'the provider sent no e-mail address');
  if (!claims.emailVerified) return fail('sso_email_unverified');
  if (!byEmail) {
    return invitation?.regionId === regionId
      ? ok({ kind: 'invitation', invitationId: invitation.id })
      : fail('sso_account_unknown');
  }
  if (byEmail.regionId !== regionId) return fail('sso_account_unknown');
  if (!byEmail.active) return fail('account_inactive');
  return ok({ kind: 'account', userId: byEmail.userId, link: true });
}

/** An SSO attempt (state, nonce, PKCE verifier) must be finished within this time. */
export const ssoAttemptMinutes = 10;
