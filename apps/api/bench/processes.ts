import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** A TypeScript child process (through tsx) that answers one IPC request at a time. */
export interface Worker {
  child: ChildProcess;
  call<T>(message: unknown): Promise<T>;
  stop(): void;
}

export function startWorker(file: string): Worker {
  const child = fork(join(import.meta.dirname, file), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    child,
    call<T>(message: unknown) {
      return new Promise<T>((done, fail) => {
        const onExit = (code: number | null) => fail(new Error(`${file} exited with ${code}`));
        child.once('exit', onExit);
        child.once('message', (reply: { ok: boolean; result?: T; error?: string }) => {
          child.off('exit', onExit);
          if (reply.ok) done(reply.result as T);
          else fail(new Error(`${file}: ${reply.error}`));
        });
        child.send(message as object);
      });
    },
    stop() {
      if (child.connected) child.send({ type: 'exit' });
      if (child.exitCode === null) setTimeout(() => child.kill(), 2_000).unref();
    },
  };
}

/** The bare-Fastify baseline (bareFastify.ts) in its own process; resolves once it listens. */
export function startBareFastify(): Promise<{ url: string; stop(): void }> {
  const child = fork(join(import.meta.dirname, 'bareFastify.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`bareFastify.ts exited with ${code}`)));
    child.once('message', (message: { address: string }) =>
      done({
        url: message.address,
        stop: () => {
          if (child.connected) child.send({ type: 'exit' });
          setTimeout(() => child.kill(), 2_000).unref();
        },
      }),
    );
  });
}
