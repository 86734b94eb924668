import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';

const entry = {
  region: 'drenthe',
  name: 'Entree Federatie',
  issuer: 'https://connect.entree.kennisnet.nl',
  clientId: 'stagebureau',
  clientSecret: 'secret',
};
const load = (value: unknown) =>
  loadConfig({ NODE_ENV: 'test', SSO_PROVIDERS: JSON.stringify(value) });

describe('SSO_PROVIDERS', () => {
  it('when unset, then no region has single sign-on', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).SSO_PROVIDERS).toEqual([]);
  });

  it('when a provider is given, then it is parsed with the default scope', () => {
    expect(load([entry]).SSO_PROVIDERS).toEqual([{ ...entry, scope: 'openid email profile' }]);
  });

  it('when the value is not JSON, then the error names the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', SSO_PROVIDERS: '[{' })).toThrow(
      /SSO_PROVIDERS must be a JSON array/,
    );
  });

  it('when an issuer elsewhere uses plain http, then it is refused; on localhost it is allowed', () => {
    expect(() => load([{ ...entry, issuer: 'http://idp.example.nl' }])).toThrow(
      /SSO_PROVIDERS\.0\.issuer must use https/,
    );
    expect(load([{ ...entry, issuer: 'http://127.0.0.1:4010' }]).SSO_PROVIDERS).toHaveLength(1);
  });

  it('when a region appears twice or a secret is missing, then it is refused', () => {
    expect(() => load([entry, entry])).toThrow(/has a region twice/);
    expect(() => load([{ ...entry, clientSecret: undefined }])).toThrow(/clientSecret/);
  });
});
