import type { Language, Me } from '@stagebureau/domain';
import type { ApiClient } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      language: Language;
      api: ApiClient;
      me: Me | null;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
