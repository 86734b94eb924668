import * as oidc from 'openid-client';
import {
  DomainError,
  matchSsoAccount,
  ssoAttemptMinutes,
  type SsoCallbackRequest,
  type SsoClaims,
  type SsoProvider,
  type TokenPair,
} from '@stagebureau/domain';
import type { Transaction } from '@stagebureau/db';
import { recordAudit } from '../audit/record';
import { accountByEmail, accountById, openSession, type SessionDeps } from '../auth/service';
import { hashSecret } from '../auth/secrets';
import { acceptInvitationBySso, openInvitationFor } from '../invitations/acceptBySso';
import { regionsBySlugs } from '../region/service';
import type { SsoClients } from './clients';
import { refusalOf } from './refusals';
import {
  deleteExpiredAttempts,
  findIdentity,
  insertAttempt,
  insertIdentity,
  takeAttempt,
  touchIdentity,
} from './repo';

export interface SsoDeps extends SessionDeps {
  clients: SsoClients;
  /** The web's callback page, registered at every provider. */
  redirectUri: string;
}

/** The regions whose login page offers "Inloggen met …" (configured and existing). */
export async function listProviders(deps: SsoDeps): Promise<SsoProvider[]> {
  const providers = deps.clients.list();
  const regions = await regionsBySlugs(
    deps.db,
    providers.map((provider) => provider.region),
  );
  return providers.flatMap((provider) => {
    const region = regions.find((row) => row.slug === provider.region);
    return region ? [{ region: region.slug, regionName: region.name, name: provider.name }] : [];
  });
}

async function providerOf(deps: SsoDeps, by: { slug?: string; regionId?: string }) {
  const providers = deps.clients.list();
  const regions = await regionsBySlugs(
    deps.db,
    providers.map((provider) => provider.region),
  );
  const region = regions.find((row) => row.slug === by.slug || row.id === by.regionId);
  const provider = region ? deps.clients.forRegion(region.slug) : null;
  if (!region || !provider) throw new DomainError('sso_not_configured');
  return { region, provider };
}

/**
 * Starts an Authorization Code login with PKCE, state and nonce. Only the state leaves the API
 * (in the provider URL); its hash keys the attempt that holds nonce and verifier.
 */
export async function startSso(deps: SsoDeps, slug: string, now: Date) {
  const { region, provider } = await providerOf(deps, { slug });
  const configuration = await deps.clients.configurationFor(provider);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await deleteExpiredAttempts(deps.db, now);
  await insertAttempt(deps.db, {
    regionId: region.id,
    stateHash: hashSecret(state),
    nonce,
    codeVerifier,
    expiresAt: new Date(now.getTime() + ssoAttemptMinutes * 60_000),
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: deps.redirectUri,
    scope: provider.scope,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { authorizationUrl: authorizationUrl.href, state };
}

/** The callback URL as the provider sent the browser to it, for openid-client's checks. */
function callbackUrl(redirectUri: string, callback: SsoCallbackRequest): URL {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(callback)) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  return url;
}

async function exchangeCode(
  deps: SsoDeps,
  configuration: oidc.Configuration,
  callback: SsoCallbackRequest,
  attempt: { nonce: string; codeVerifier: string },
): Promise<SsoClaims> {
  try {
    const tokens = await oidc.authorizationCodeGrant(
      configuration,
      callbackUrl(deps.redirectUri, callback),
      {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: callback.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      },
    );
    const idToken = tokens.claims()!;
    // Providers that keep the e-mail out of the ID token give it at the userinfo endpoint.
    const claims =
      idToken.email === undefined
        ? await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)
        : idToken;
    return {
      subject: idToken.sub,
      email: typeof claims.email === 'string' ? claims.email : null,
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : null,
    };
  } catch (error) {
    throw refusalOf(error);
  }
}

/**
 * Finishes a login: the attempt is taken out once, the code exchanged and the ID token checked
 * (audience, nonce, issuer, expiry), the account matched by link or verified e-mail, and the
 * product's own session issued exactly as a password login does.
 */
export async function finishSso(
  deps: SsoDeps,
  callback: SsoCallbackRequest,
  now: Date,
): Promise<TokenPair> {
  const attempt = await takeAttempt(deps.db, hashSecret(callback.state), now);
  if (!attempt) throw new DomainError('sso_state_invalid');
  const { region, provider } = await providerOf(deps, { regionId: attempt.regionId });
  if (callback.error) {
    throw new DomainError('sso_provider_failed', callback.error_description ?? callback.error);
  }
  const configuration = await deps.clients.configurationFor(provider);
  const claims = await exchangeCode(deps, configuration, callback, attempt);
  const issuer = configuration.serverMetadata().issuer;

  const identity = await findIdentity(deps.db, issuer, claims.subject);
  const byEmail = identity || !claims.email ? null : await accountByEmail(deps.db, claims.email);
  const match = matchSsoAccount({
    regionId: region.id,
    claims,
    linked: identity ? await accountById(deps.db, identity.userId, identity.regionId) : null,
    byEmail,
    invitation:
      identity || byEmail || !claims.email || !claims.emailVerified
        ? null
        : await openInvitationFor(deps.db, region.id, claims.email, now),
  });
  if (!match.ok) throw new DomainError(match.code, match.detail);
  const link = { regionId: region.id, issuer, claims, now };
  const userId =
    match.value.kind === 'invitation'
      ? await acceptAndLink(deps, match.value.invitationId, link)
      : match.value.link
        ? await linkIdentity(deps, { ...link, userId: match.value.userId })
        : match.value.userId;
  if (match.value.kind === 'account' && !match.value.link) {
    await touchIdentity(deps.db, issuer, claims.subject, now);
  }
  return openSession(deps, userId, region.id, now);
}

interface LinkInput {
  regionId: string;
  issuer: string;
  claims: SsoClaims;
  now: Date;
}

/** An invited person's first login: the invitation is accepted and the identity linked at once. */
async function acceptAndLink(deps: SsoDeps, invitationId: string, input: LinkInput) {
  return deps.db.transaction(async (tx) => {
    const name = input.claims.name ?? input.claims.email!.split('@')[0]!;
    const { userId } = await acceptInvitationBySso(tx, invitationId, { name }, input.now);
    await writeLink(tx, { ...input, userId });
    return userId;
  });
}

async function linkIdentity(deps: SsoDeps, input: LinkInput & { userId: string }) {
  await deps.db.transaction((tx) => writeLink(tx, input));
  return input.userId;
}

async function writeLink(tx: Transaction, input: LinkInput & { userId: string }) {
  const { regionId, userId, issuer, claims, now } = input;
  const values = { regionId, userId, issuer, subject: claims.subject, lastLoginAt: now };
  if (!(await insertIdentity(tx, values))) {
    // This account already answers to another subject at this issuer: never silently move it.
    const same = await findIdentity(tx, issuer, claims.subject);
    if (same?.userId !== userId) throw new DomainError('sso_account_unknown', 'linked elsewhere');
    return;
  }
  await recordAudit(
    tx,
    { userId, role: 'system', regionId },
    { entity: 'user', entityId: userId, action: 'sso_identity_linked', after: { issuer } },
  );
}
