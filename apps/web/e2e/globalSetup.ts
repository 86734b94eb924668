import type { TestProject } from 'vitest/node';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/** Starts one real stack (database, API with demo data, web app) for all browser journeys. */
export default async function setup(project: TestProject) {
  const stack = await startStack();
  project.provide('webUrl', stack.webUrl);
  project.provide('apiUrl', stack.apiUrl);
  return () => stack.stop();
}
