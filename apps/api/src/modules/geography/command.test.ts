import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { postcodeAreas } from '@stagebureau/db';
import { startTestApp, type TestContext } from '../../../test/harness';
import { runPlatformCommand } from '../../cli/platformCommands';

let ctx: TestContext;
let folder: string;
beforeAll(async () => {
  ctx = await startTestApp();
  folder = await mkdtemp(join(tmpdir(), 'pc4-'));
});

const run = async (argv: string[]) => {
  const lines: string[] = [];
  const code = await runPlatformCommand(argv, {
    db: ctx.db,
    webUrl: 'http://web.test',
    env: {},
    out: (line) => lines.push(line),
    now: new Date(),
  });
  return { code, text: lines.join('\n') };
};

describe('loading PC4 centroids from the command line', () => {
  it('when a good file is loaded, then its areas are stored with their source', async () => {
    const file = join(folder, 'good.csv');
    await writeFile(file, 'pc4,latitude,longitude\n9401,52.9925,6.5649\n7811,52.7792,6.9069\n');
    const loaded = await run(['load-postcode-areas', '--file', file, '--source', 'CBS 2024']);
    expect(loaded).toMatchObject({ code: 0 });
    expect(loaded.text).toContain('loaded 2 postcode areas');
    const rows = await ctx.db.select().from(postcodeAreas);
    expect(rows.map((row) => [row.pc4, row.source]).sort()).toEqual([
      ['7811', 'CBS 2024'],
      ['9401', 'CBS 2024'],
    ]);
  });

  it('when the source is missing or a row is bad, then it fails and nothing more is stored', async () => {
    const file = join(folder, 'bad.csv');
    await writeFile(file, 'pc4,latitude,longitude\n9402,52.99,6.56\n12,52,6\n');
    expect((await run(['load-postcode-areas', '--file', file])).code).toBe(1);
    const refused = await run(['load-postcode-areas', '--file', file, '--source', 'x']);
    expect(refused.code).toBe(1);
    expect(refused.text).toContain('import_rows_invalid');
    expect(await ctx.db.select().from(postcodeAreas)).toHaveLength(2);
  });
});
