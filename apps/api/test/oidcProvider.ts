import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a random port, for tests:
 * one confidential client, accounts the test adds, PKCE required, its own signing key.
 * Its dev login form takes an account's subject as the login name.
 */
export interface TestAccount {
  subject: string;
  email: string;
  emailVerified: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The `SSO_PROVIDERS` entry for a region. */
  configFor(region: string, name?: string): string;
  addAccount(account: TestAccount): void;
  /**
   * Rewrites claims of the next ID token the token endpoint returns, signed again with the
   * provider's own key, as a provider that issues a token for someone else would.
   */
  tamperNextIdToken(claims: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string, port = 0): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'stagebureau';
  const clientSecret = 'test-client-secret-0123456789abcdef';
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = {
    ...(await exportJWK(privateKey)),
    kid: 'test-key',
    alg: 'RS256',
    use: 'sig',
  };
  const accounts = new Map<string, TestAccount>();
  let tamper: Record<string, unknown> | null = null;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
      Grant: 600,
      Interaction: 600,
      Session: 600,
    },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name ?? account.email,
        }),
      };
    },
    // A first-party client: no consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (!tamper || ctx.path !== '/token' || !body?.id_token) return;
    const claims = { ...decodeJwt(body.id_token), ...tamper };
    tamper = null;
    ctx.body = {
      ...body,
      id_token: await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: signingKey.kid, typ: 'JWT' })
        .sign(privateKey),
    };
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    configFor: (region, name = 'Test-IdP') =>
      JSON.stringify([{ region, name, issuer, clientId, clientSecret }]),
    addAccount: (account) => accounts.set(account.subject, account),
    tamperNextIdToken: (claims) => {
      tamper = claims;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A minimal cookie jar: the provider's interaction cookies, sent back on every request. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header = () => [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/**
 * Plays the browser at the provider: opens the authorization URL, logs in as `subject` on the
 * dev login form, and follows redirects until the provider sends the browser back to
 * `redirectUri`. Returns that callback's query parameters.
 */
export async function loginAtProvider(
  authorizationUrl: string,
  subject: string,
  redirectUri: string,
): Promise<Record<string, string>> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let loggedIn = false;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(redirectUri)) return Object.fromEntries(new URL(url).searchParams);
    const atForm: boolean = new URL(url).pathname.startsWith('/interaction/') && !loggedIn;
    const response = await fetch(url, {
      method: atForm ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(atForm ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: atForm
        ? new URLSearchParams({ prompt: 'login', login: subject, password: 'any' })
        : undefined,
    });
    jar.take(response);
    loggedIn ||= atForm;
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`provider answered ${response.status}: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}
