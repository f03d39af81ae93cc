import { z } from 'zod';

/**
 * A message main makes for the technician or the admin, sent as a code and
 * its parameters instead of words, so the window says it in its own language.
 * A table names each code's parameters; the catalogues (shared/i18n/en, it)
 * word each code, and the type system holds every catalogue to every code.
 */
export type ParamNames = Readonly<Record<string, readonly string[]>>;

export type CodedMessage<T extends ParamNames> = {
  [K in keyof T & string]: { code: K; params: { [P in T[K][number]]: string } };
}[keyof T & string];

/** How one language says each code of a table. */
export type Wording<T extends ParamNames> = {
  [K in keyof T & string]: (params: { [P in T[K][number]]: string }) => string;
};

/** Accepts only a code of the table with exactly its parameters, each a string. */
export function codedMessageSchema<T extends ParamNames>(table: T) {
  return z.custom<CodedMessage<T>>((value) => {
    if (typeof value !== 'object' || value === null) return false;
    const { code, params } = value as { code?: unknown; params?: unknown };
    if (typeof code !== 'string' || !Object.hasOwn(table, code)) return false;
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
    const names = table[code]!;
    const given = params as Record<string, unknown>;
    return Object.keys(given).length === names.length && names.every((name) => typeof given[name] === 'string');
  }, 'not a known message code with its parameters');
}

/** The message in the wording's language. */
export function word<T extends ParamNames>(wording: Wording<T>, message: CodedMessage<T>): string {
  const say = wording[message.code] as (params: Record<string, string>) => string;
  return say(message.params as Record<string, string>);
}
