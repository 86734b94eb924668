import { describe, expect, it } from 'vitest';
import { matchSsoAccount, type SsoAccount, type SsoClaims } from './sso';

const regionId = 'region-a';
const verified: SsoClaims = {
  subject: 'sub-1',
  email: 'ada@school.nl',
  emailVerified: true,
  name: 'Ada',
};
const account = (over: Partial<SsoAccount> = {}): SsoAccount => ({
  userId: 'user-1',
  regionId,
  active: true,
  ...over,
});

const codeOf = (outcome: ReturnType<typeof matchSsoAccount>) =>
  outcome.ok ? outcome.value : outcome.code;

describe('matching an SSO login to an account', () => {
  it('when a link exists, then the linked account opens, whatever the e-mail says', () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: { ...verified, email: 'someone-else@x.nl', emailVerified: false },
      linked: account({ userId: 'linked' }),
      byEmail: account({ userId: 'other' }),
    });
    expect(codeOf(outcome)).toEqual({ kind: 'account', userId: 'linked', link: false });
  });

  it('when the linked account is disabled, then the login is refused', () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: verified,
      linked: account({ active: false }),
      byEmail: null,
    });
    expect(codeOf(outcome)).toBe('account_inactive');
  });

  it('when the link belongs to an account in another region, then it is unknown here', () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: verified,
      linked: account({ regionId: 'region-b' }),
      byEmail: account(),
    });
    expect(codeOf(outcome)).toBe('sso_account_unknown');
  });

  it('when no link exists and the e-mail is verified, then the account by e-mail is linked', () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: verified,
      linked: null,
      byEmail: account(),
    });
    expect(codeOf(outcome)).toEqual({ kind: 'account', userId: 'user-1', link: true });
  });

  it('when the e-mail is not verified, then nothing is linked', () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: { ...verified, emailVerified: false },
      linked: null,
      byEmail: account(),
    });
    expect(codeOf(outcome)).toBe('sso_email_unverified');
  });

  it('when no e-mail is sent or no account has it, then the account is unknown', () => {
    const none = { ...verified, email: null };
    expect(codeOf(matchSsoAccount({ regionId, claims: none, linked: null, byEmail: null }))).toBe(
      'sso_account_unknown',
    );
    expect(
      codeOf(matchSsoAccount({ regionId, claims: verified, linked: null, byEmail: null })),
    ).toBe('sso_account_unknown');
  });

  it("when the e-mail belongs to another region's account, then it is unknown here", () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: verified,
      linked: null,
      byEmail: account({ regionId: 'region-b' }),
    });
    expect(codeOf(outcome)).toBe('sso_account_unknown');
  });

  it('when the account by e-mail is disabled, then it is refused and not linked', () => {
    const outcome = matchSsoAccount({
      regionId,
      claims: verified,
      linked: null,
      byEmail: account({ active: false }),
    });
    expect(codeOf(outcome)).toBe('account_inactive');
  });

  it('when no account has the verified e-mail but an invitation is open, then it is accepted', () => {
    const invitation = { id: 'inv-1', regionId };
    expect(
      codeOf(
        matchSsoAccount({ regionId, claims: verified, linked: null, byEmail: null, invitation }),
      ),
    ).toEqual({ kind: 'invitation', invitationId: 'inv-1' });
    const unverified = { ...verified, emailVerified: false };
    expect(
      codeOf(
        matchSsoAccount({ regionId, claims: unverified, linked: null, byEmail: null, invitation }),
      ),
    ).toBe('sso_email_unverified');
    const elsewhere = { id: 'inv-2', regionId: 'region-b' };
    expect(
      codeOf(
        matchSsoAccount({
          regionId,
          claims: verified,
          linked: null,
          byEmail: null,
          invitation: elsewhere,
        }),
      ),
    ).toBe('sso_account_unknown');
  });
});
