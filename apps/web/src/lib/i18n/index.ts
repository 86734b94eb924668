import type { Language } from '@stagebureau/domain';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** `{count:sessie|sessies}`: the number, then the word for one or for any other number. */
const pluralPlaceholder = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

/**
 * A translator for one language; `{name}` in a message is replaced by `params.name`, and
 * `{name:one|other}` by the number with its word ("1 sessie", "3 sessies").
 */
export function translator(language: Language): Translate {
  const messages = catalogues[language] ?? nl;
  return (key, params) => {
    const message = messages[key] ?? nl[key] ?? key;
    if (!params) return message;
    return message
      .replace(pluralPlaceholder, (whole, name: string, one: string, other: string) =>
        name in params ? `${params[name]} ${Number(params[name]) === 1 ? one : other}` : whole,
      )
      .replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
  };
}

export const isLanguage = (value: unknown): value is Language => value === 'nl' || value === 'en';
export const languageCookie = 'sb_lang';
