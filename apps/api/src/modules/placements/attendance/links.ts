import { DomainError } from '@stagebureau/domain';
import { hashSecret, newSecret } from '../../auth/secrets';

/**
 * The supervisor's one-time links (attendance, evaluation), like the agreement's signing
 * links: a random secret in the path, only its SHA-256 stored (unique), so the row — and its
 * region — is found by the hash alone. A link that is unknown, used or no longer valid
 * answers `signing_link_invalid` (410): its wording, "invalid, expired or already used",
 * fits every one-time link of a placement, not only the agreement's.
 */
export function newLink(): { token: string; tokenHash: string } {
  const token = newSecret();
  return { token, tokenHash: hashSecret(token) };
}

export function tokenHashOf(token: string): string {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new DomainError('signing_link_invalid');
  return hashSecret(token);
}

export const attendancePath = (token: string) => `/aanwezigheid/${token}`;
export const evaluationPath = (token: string) => `/evaluatie/${token}`;
