import { page } from '$app/state';
import type { Language } from '@stagebureau/domain';
import { translator, type MessageKey, type Params } from './index';

/** The current page's language, from the root layout's data. */
export const language = (): Language => (page.data.language as Language | undefined) ?? 'nl';

/** Translate in a component: reads the language reactively from the page. */
export const t = (key: MessageKey, params?: Params): string => translator(language())(key, params);
