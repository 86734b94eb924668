import * as oidc from 'openid-client';
import { DomainError, type ErrorCode } from '@stagebureau/domain';

/** The claim a failed ID-token comparison names, wherever openid-client nested it. */
function claimOf(error: unknown): string | null {
  for (let cause = error; cause && typeof cause === 'object';) {
    const claim = (cause as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

const byClaim: Record<string, ErrorCode> = {
  aud: 'sso_wrong_audience',
  azp: 'sso_wrong_audience',
  nonce: 'sso_wrong_nonce',
};

/** Turns what openid-client threw during the code exchange into our stable refusal. */
export function refusalOf(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof oidc.ResponseBodyError && error.error === 'invalid_grant') {
    // The provider refuses a code that expired, was used before, or fits no PKCE verifier.
    return new DomainError('sso_code_invalid', error.error_description ?? error.error);
  }
  if (error instanceof oidc.ClientError) {
    const code = byClaim[claimOf(error) ?? ''];
    if (code) return new DomainError(code, error.message);
    if (error.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') {
      return new DomainError('sso_code_invalid', error.message);
    }
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new DomainError('sso_provider_failed', detail);
}
