import { z } from 'zod';
import { isoDateTime, shortText } from '../../contracts/common';
import { signingParties } from './signing';

/** The signing page's contracts (public, by token) and the school's link rotation. */

/** Any string: an unknown or malformed token is the same 410 as an expired one, never a 422. */
export const signingTokenParamsSchema = z.object({ token: z.string().min(1).max(200) }).strict();

export const signingLinkParamsSchema = z
  .object({ id: z.uuid(), party: z.enum(signingParties) })
  .strict();

/** A signature: the signer's typed name and an explicit consent (literally `true`). */
export const signAgreementSchema = z
  .object({ typedName: shortText(120), consent: z.literal(true) })
  .strict();
export type SignAgreement = z.infer<typeof signAgreementSchema>;

/**
 * What a link's holder reads: the agreement text (the only place other parties' names appear),
 * the party the link is for, who has signed (parties only, no typed names) and until when.
 */
export const signingViewSchema = z.object({
  party: z.enum(signingParties),
  placeTitle: z.string(),
  agreementText: z.string(),
  agreementHash: z.string(),
  parties: z.array(z.object({ party: z.enum(signingParties), signed: z.boolean() })),
  expiresAt: isoDateTime,
});
export type SigningView = z.infer<typeof signingViewSchema>;

/** The answer to a signature: when it was recorded, and whether every party has now signed. */
export const signedAgreementSchema = z.object({
  party: z.enum(signingParties),
  signedAt: isoDateTime,
  agreementHash: z.string(),
  complete: z.boolean(),
});
export type SignedAgreement = z.infer<typeof signedAgreementSchema>;

/**
 * A renewed link. The school signs itself and hands the pupil's link over, so for those two
 * parties it also gets the link to open or pass on at once; every other link only by e-mail.
 */
export const renewedSigningLinkSchema = z.object({
  party: z.enum(signingParties),
  expiresAt: isoDateTime,
  /** The signing page (with its secret) for the school's own parties; null for the others. */
  url: z.string().nullable(),
});
export type RenewedSigningLink = z.infer<typeof renewedSigningLinkSchema>;

/** `GET /placements/:id/agreement.pdf`: the agreement as a PDF file. */
export const agreementPdfBodySchema = z.string().describe('application/pdf');
