import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** An issuer on this machine may use plain http (a test or demo provider); any other needs https. */
const issuerUrl = z.url().refine(
  (value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  },
  { message: 'must use https (http only for localhost)' },
);

/** One region's OpenID Connect provider (issue 21, decision 016). */
const ssoProviderSchema = z
  .object({
    region: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a region slug'),
    /** Shown on the button: "Inloggen met <name>". */
    name: z.string().min(1).max(80),
    issuer: issuerUrl,
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scope: z.string().min(1).default('openid email profile'),
  })
  .strict();
export type SsoProviderConfig = z.infer<typeof ssoProviderSchema>;

/** A JSON array in one variable, so a region's provider is added without a code change. */
const ssoProviders = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON array' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(ssoProviderSchema)
      .refine((list) => new Set(list.map((p) => p.region)).size === list.length, {
        message: 'has a region twice',
      }),
  );

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** `transaction` when DATABASE_URL is a transaction-pooling PgBouncer (decision 012). */
  DATABASE_POOLING: z.enum(['session', 'transaction']).default('session'),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WEB_URL: z.url().default('http://localhost:3000'),
  PUBLIC_API_URL: z.url().default('http://localhost:3001'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFlag.default(false),
  /** The first platform admin (issue 21), made on a start that finds none (decision 019). */
  PLATFORM_ADMIN_EMAIL: z.email().optional(),
  PLATFORM_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Proxies whose X-Forwarded-For is believed (proxy-addr syntax): per-IP limits need the
   * browser's address, not the web server's. */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  /** Where the per-address request counters live: `postgres` shares them between instances. */
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).default('memory'),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  LOGIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(30),
  ICAL_MAX_PER_IP: z.coerce.number().int().min(1).default(120),
  /** Company sign-ups (issue 21) per address per hour: a public form, so kept low. */
  REGISTRATION_MAX_PER_IP: z.coerce.number().int().min(1).default(10),
  /** Rendered calendars kept per API instance, in MB (decision 011); 0 renders every time. */
  FEED_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** Where uploaded files live (issue 18, decision 013): a folder, or any S3-compatible store. */
  STORAGE: z.enum(['disk', 's3']).default('disk'),
  STORAGE_DIR: z.string().min(1).default('.data/objects'),
  /** Empty: AWS itself; otherwise the store's URL (MinIO, Garage, Ceph, a cloud's S3 API). */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')
    .optional(),
  /** Both empty: the SDK's default credential chain (environment, instance role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `true` for stores that address buckets as a path (`host/bucket/key`), as most self-hosted ones do. */
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
  /** Single sign-on per region: `[{"region","name","issuer","clientId","clientSecret"}]`. */
  SSO_PROVIDERS: ssoProviders.default([]),
  /** Where providers send the browser back; the web's callback page (register it at the provider). */
  SSO_REDIRECT_URL: z.url().optional(),
  SMTP_URL: z.string().optional(),
  /** Booking sweep (expired holds, completion) period; 0 = off. Default 60 s, off in test. */
  BOOKING_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  /** Request follow-up (deadline reminders, unfilled requests) period; 0 = off. Default 15 min, off in test. */
  REQUEST_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  PRIVACY_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  PLACEMENT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  /** Compliance expiry sweep (reminders, expiry at the day's end) period; 0 = off. Default hourly, off in test. */
  COMPLIANCE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).optional(),
  MAIL_FROM: z.string().min(3).default('Stagebureau <no-reply@stagebureau.local>'),
  /** How often the notification worker runs; 0 turns the timer off (tests call runOnce). */
  NOTIFICATION_INTERVAL_MS: z.coerce.number().int().min(0).default(5_000),
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFICATION_RETRY_BASE_MS: z.coerce.number().int().min(0).default(60_000),
});

export type Config = z.infer<typeof configSchema> & { JWT_SECRET: string };

const developmentJwtSecret = 'development-only-secret-change-me-in-production!';

export class ConfigError extends Error {}

/** Parses the environment; a wrong value throws one readable line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const config = parsed.data;
  if (!config.JWT_SECRET && config.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required in production');
  }
  if (config.STORAGE === 's3' && !config.S3_BUCKET) {
    throw new ConfigError('Invalid configuration: S3_BUCKET is required when STORAGE=s3');
  }
  if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    );
  }
  return { ...config, JWT_SECRET: config.JWT_SECRET ?? developmentJwtSecret };
}
