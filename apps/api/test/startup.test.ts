import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs the real entry point from source (no build needed) and collects how it ends. */
function startServer(env: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['DATABASE_URL', 'PORT', 'SEED_DEMO', 'NODE_OPTIONS'].includes(key),
    ),
  );
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: apiDir,
      env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    // Safety net only: a server that starts instead of failing would otherwise hang the run.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stderr });
    });
  });
}

describe('starting with a bad environment', () => {
  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere' }],
    ['PORT', { PORT: 'notaport' }],
  ])(
    'when %s is wrong, then the process exits non-zero with one readable line naming it',
    async (variable, env) => {
      const { code, stderr } = await startServer(env);
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      const lines = stderr.trim().split('\n');
      expect(lines, stderr).toHaveLength(1);
      expect(lines[0]).toContain(variable);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
  );
});
