import type { TestProject } from 'vitest/node';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    /** The folder where every e-mail the API sends lands (see mailbox.ts). */
    mailDir: string;
  }
}

/** One real stack (database, e-mail capture, API with demo data, web app) for all journeys. */
export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('webUrl', stack.webUrl);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('mailDir', stack.mailDir);
  return () => stack.stop();
}
