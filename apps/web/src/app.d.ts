import type { Language, Me } from '@stagebureau/domain';
import type { ApiClient } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      language: Language;
      api: ApiClient;
      me: Me | null;
      /**
       * Why the session could not be checked (the API answered 429 or was unreachable): the
       * visitor may well be logged in, so pages say so instead of sending them to log in.
       */
      sessionTrouble: 'busy' | 'unavailable' | null;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
