import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/** A region whose people may log in through its identity provider. */
export const ssoProviderSchema = z.object({
  region: slug,
  regionName: z.string(),
  /** What the button says: "Inloggen met <name>". */
  name: z.string(),
});
export const ssoProviderListSchema = z.object({ items: z.array(ssoProviderSchema) });
export type SsoProvider = z.infer<typeof ssoProviderSchema>;

export const ssoStartRequestSchema = z.object({ region: slug }).strict();

export const ssoStartSchema = z.object({
  /** Where the browser goes to log in at the provider. */
  authorizationUrl: z.url(),
  /** The web binds it to the browser (a cookie) and hands it back with the callback. */
  state: z.string(),
});

/** The provider's redirect back, as the web received it. */
export const ssoCallbackRequestSchema = z
  .object({
    state: z.string().min(16).max(200),
    code: z.string().min(1).max(2000).optional(),
    iss: z.string().max(500).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(1000).optional(),
  })
  .strict();
export type SsoCallbackRequest = z.infer<typeof ssoCallbackRequestSchema>;
