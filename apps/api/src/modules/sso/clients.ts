import * as oidc from 'openid-client';
import { DomainError } from '@stagebureau/domain';
import type { SsoProviderConfig } from '../../config';

/**
 * The configured OpenID providers, one per region slug, and their discovered metadata. Discovery
 * runs on first use and is kept; a failed discovery is forgotten so the next login retries.
 */
export class SsoClients {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly providers: SsoProviderConfig[]) {}

  list(): SsoProviderConfig[] {
    return this.providers;
  }

  forRegion(slug: string): SsoProviderConfig | null {
    return this.providers.find((provider) => provider.region === slug) ?? null;
  }

  async configurationFor(provider: SsoProviderConfig): Promise<oidc.Configuration> {
    let pending = this.discovered.get(provider.region);
    if (!pending) {
      pending = discover(provider);
      this.discovered.set(provider.region, pending);
      pending.catch(() => this.discovered.delete(provider.region));
    }
    try {
      return await pending;
    } catch (error) {
      throw new DomainError('sso_provider_failed', `discovery of ${provider.issuer} failed`, {
        cause: String(error),
      });
    }
  }
}

function discover(provider: SsoProviderConfig): Promise<oidc.Configuration> {
  // The config admits plain http only for an issuer on this machine (tests, a local demo).
  const insecure = new URL(provider.issuer).protocol === 'http:';
  return oidc.discovery(
    new URL(provider.issuer),
    provider.clientId,
    undefined,
    oidc.ClientSecretBasic(provider.clientSecret),
    insecure ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
  );
}
