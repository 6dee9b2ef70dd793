export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** A text in English, and in French for reports in French (`--lang fr`); English stands in where French is missing. */
export interface Localized {
  en: string;
  fr?: string;
}

/**
 * What fills a message's `{{placeholders}}`: plain values (labels, numbers, lists already joined),
 * another message of the same policy, or a list of them (joined with `; `), so a result naming
 * several problems stays translatable.
 */
export type MessageValue = string | number | MessageRef | readonly MessageRef[];
export type MessageData = Readonly<Record<string, MessageValue | undefined>>;

export interface MessageRef {
  /** A key of `meta.messages`. */
  messageId: string;
  data?: MessageData;
}

/** What messages are rendered from: a policy's id (for errors) and its messages. */
export interface MessageSource {
  id: string;
  messages: Readonly<Record<string, Localized>>;
}

/** `{{name}}`: a word between double braces, nothing else (the pattern cannot backtrack). */
const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
/** A placeholder at the very start of a text. */
const LEADING_PLACEHOLDER = /^\{\{([A-Za-z][A-Za-z0-9]*)\}\}/;

/** The placeholder names of a message text, sorted, once each. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** The text in the language asked for; English where the French is missing. */
export function localize(text: Localized, lang: Lang): string {
  return (lang === 'fr' && text.fr) || text.en;
}

/** A message id the policy does not define, or a placeholder its data does not fill: a bug in the policy. */
export class MessageError extends Error {}

/** Renders a message of a policy in a language: placeholders filled, nested messages rendered in turn. */
export function renderMessage(meta: MessageSource, ref: MessageRef, lang: Lang): string {
  const text = meta.messages[ref.messageId];
  if (!text) throw new MessageError(`policy ${meta.id}: no message "${ref.messageId}" in meta.messages`);
  const data = ref.data ?? {};
  return localize(text, lang).replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new MessageError(`policy ${meta.id}: message "${ref.messageId}" needs data.${name}`);
    return renderValue(meta, value, lang);
  });
}

function renderValue(meta: MessageSource, value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isMessageList(value)) return value.map((v) => renderMessage(meta, v, lang)).join('; ');
  return renderMessage(meta, value, lang);
}

function isMessageList(value: MessageValue): value is readonly MessageRef[] {
  return Array.isArray(value);
}

/**
 * A result's whole message: its own, then the `also` ones, as one paragraph. Each is a sentence,
 * so its first letter is a capital whatever fragment it starts with (`l'utilisateur alice…`), unless
 * it starts with a value of its data: a name (`aws/111122223333`, `gp3-volume`) is printed as it is.
 */
export function renderResult(meta: MessageSource, result: MessageRef & { also?: readonly MessageRef[] }, lang: Lang): string {
  return [result, ...(result.also ?? [])]
    .map((m) => {
      const text = renderMessage(meta, m, lang);
      return startsWithValue(meta, m, lang) ? text : capitalise(text);
    })
    .join(' ');
}

/** Whether the message, in this language, begins with a plain value of its data rather than with words of a message. */
function startsWithValue(meta: MessageSource, ref: MessageRef, lang: Lang): boolean {
  const text = meta.messages[ref.messageId];
  const first = text && LEADING_PLACEHOLDER.exec(localize(text, lang));
  if (!first) return false;
  const value = ref.data?.[first[1]!];
  if (value === undefined) return false;
  if (typeof value === 'string' || typeof value === 'number') return true;
  const head = isMessageList(value) ? value[0] : value;
  return head !== undefined && startsWithValue(meta, head, lang);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
