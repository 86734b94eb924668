import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Database } from '@stagebureau/db';
import {
  DomainError,
  createRegionSchema,
  emailSchema,
  inviteBureauAdminSchema,
  passwordSchema,
  regionSlugSchema,
  shortText,
} from '@stagebureau/domain';
import {
  addRegion,
  createPlatformAdmin,
  generatePassword,
  inviteBureauAdmin,
  listRegions,
  platformAdminForCli,
} from '../modules/platform/service';
import { loadPostcodeAreasCommand } from '../modules/geography/command';

export interface CliContext {
  db: Database;
  webUrl: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  now: Date;
}

export const platformUsage = `Usage: pnpm --filter @stagebureau/api platform <command> [options]
  create-admin --email <e-mail> --name <name>
      password from PLATFORM_ADMIN_PASSWORD, else generated and printed once
  list-regions
  create-region --slug <slug> --name <name> --holiday-region noord|midden|zuid [--as <e-mail>]
  invite-bureau-admin --region <slug> --email <e-mail> [--name <name>] [--as <e-mail>]
  load-postcode-areas --file <pc4.csv> --source <where the centroids come from>
      PC4 centroids (pc4,latitude,longitude; WGS84) for distances; all rows or none
--as names the platform admin the change is audited under (default: the only active one).`;

const options = {
  email: { type: 'string' },
  name: { type: 'string' },
  slug: { type: 'string' },
  'holiday-region': { type: 'string' },
  region: { type: 'string' },
  as: { type: 'string' },
  file: { type: 'string' },
  source: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
type Command = (values: Values, ctx: CliContext) => Promise<void>;

const commands: Record<string, Command> = {
  async 'create-admin'(values, ctx) {
    const email = emailSchema.parse(values.email);
    const name = shortText(120).parse(values.name);
    const given = ctx.env.PLATFORM_ADMIN_PASSWORD;
    const password = given ? passwordSchema.parse(given) : generatePassword();
    const admin = await createPlatformAdmin(ctx.db, { email, name, password });
    ctx.out(`created platform admin ${admin.email} (${admin.id})`);
    // A generated password is shown this once; only its hash is stored.
    if (!given) ctx.out(`password: ${password}`);
  },

  async 'list-regions'(_values, ctx) {
    const regions = await listRegions(ctx.db);
    if (!regions.length) ctx.out('no regions yet');
    for (const region of regions)
      ctx.out(
        `${region.slug}\t${region.name}\t${region.holidayRegion}\t` +
          `${region.organisationCount} organisations\t${region.userCount} users\t${region.id}`,
      );
  },

  async 'create-region'(values, ctx) {
    const input = createRegionSchema.parse({
      slug: values.slug,
      name: values.name,
      holidayRegion: values['holiday-region'],
    });
    const admin = await platformAdminForCli(ctx.db, values.as);
    const region = await addRegion(ctx.db, admin.id, input);
    ctx.out(`created region ${region.slug} (${region.id})`);
  },

  async 'invite-bureau-admin'(values, ctx) {
    const slug = regionSlugSchema.parse(values.region);
    const input = inviteBureauAdminSchema.parse({ email: values.email, name: values.name });
    const admin = await platformAdminForCli(ctx.db, values.as);
    const region = (await listRegions(ctx.db)).find((candidate) => candidate.slug === slug);
    if (!region) throw new DomainError('not_found', `no region has the slug ${slug}`);
    const invitation = await inviteBureauAdmin(
      ctx.db,
      admin.id,
      region.id,
      input,
      ctx.now,
      ctx.webUrl,
    );
    ctx.out(`invited ${invitation.email} as bureau admin of ${region.slug}; the e-mail is queued`);
    ctx.out(`accept link (valid until ${invitation.expiresAt}): ${invitation.acceptUrl}`);
  },

  async 'load-postcode-areas'(values, ctx) {
    const code = await loadPostcodeAreasCommand(ctx.db, values.file, values.source, ctx.out);
    if (code !== 0) throw new DomainError('validation_failed', 'give --file and --source');
  },
};

/** Runs one command; returns the process's exit code. Tests call this with a test database. */
export async function runPlatformCommand(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    ctx.out(platformUsage);
    return name && name !== 'help' ? 2 : 0;
  }
  try {
    const { values } = parseArgs({ args: rest, options, strict: true });
    await command(values, ctx);
    return 0;
  } catch (error) {
    ctx.out(`error: ${describe(error)}`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof z.ZodError)
    return error.issues
      .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
      .join('; ');
  if (error instanceof DomainError) return `${error.code}: ${error.message}`;
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    return error.message;
  throw error;
}
