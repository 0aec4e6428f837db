import type { MessageKey, Messages } from '../../i18n/en';
import { format } from '../../i18n/format';

type Values = Readonly<Record<string, string | number>>;

/**
 * Something wrong with one field: an error blocks going on, a warning only informs. The message is
 * a key of the dictionary (client checks), or the engine's own words, shown as they are.
 */
export interface Problem {
  severity: 'error' | 'warning';
  message: { key: MessageKey; values?: Values } | { text: string };
}

export type Problems<F extends string> = Partial<Record<F, Problem>>;

export function errorOf(key: MessageKey, values?: Values): Problem {
  return { severity: 'error', message: values === undefined ? { key } : { key, values } };
}

export function warningOf(key: MessageKey, values?: Values): Problem {
  return { severity: 'warning', message: values === undefined ? { key } : { key, values } };
}

export function engineError(text: string): Problem {
  return { severity: 'error', message: { text } };
}

/** True when any problem is an error (warnings never block). */
export function hasErrors<F extends string>(problems: Problems<F>): boolean {
  return Object.values<Problem | undefined>(problems).some((problem) => problem?.severity === 'error');
}

/** The first field, in the given order, with an error. */
export function firstError<F extends string>(problems: Problems<F>, order: readonly F[]): F | undefined {
  return order.find((field) => problems[field]?.severity === 'error');
}

export function problemText(t: Messages, problem: Problem): string {
  const { message } = problem;
  return 'text' in message ? message.text : format(t[message.key], message.values ?? {});
}
