import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret with 256 bits of entropy, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as SHA-256; they are random, so no salt or slow hash is needed. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex');

// argon2id (the @node-rs default algorithm) with OWASP's minimum parameters.
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const hashPassword = (password: string) => hash(password, argonOptions);
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, password).catch(() => false);

/** A fixed hash to verify against when the e-mail is unknown, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = () => (decoyHash ??= hashPassword('decoy-password-never-valid'));
