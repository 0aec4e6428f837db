import { z } from 'zod';

export const VM_NAME_MAX_CHARS = 64;

// Control characters (C0, DEL, C1) and the line/paragraph separators never belong in a name.
// eslint-disable-next-line no-control-regex
const forbiddenChars = /[\u0000-\u001f\u007f-\u009f\u2028\u2029/]/u;

/**
 * A VM's display name: any Unicode except "/", NUL and control characters, 1–64 characters.
 * Commas, spaces, quotes and CJK are all fine. "." and ".." are refused so a name can never
 * be mistaken for a path component, and surrounding whitespace is refused as a likely typo.
 */
export const vmNameSchema = z.string().superRefine((name, ctx) => {
  const problem = vmNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export function vmNameProblem(name: string): string | undefined {
  const length = [...name].length;
  if (length === 0) return 'must not be empty';
  if (length > VM_NAME_MAX_CHARS) return `must be at most ${VM_NAME_MAX_CHARS} characters (got ${length})`;
  if (name.includes('/')) return `must not contain "/": ${JSON.stringify(name)}`;
  if (forbiddenChars.test(name)) return `must not contain control characters: ${JSON.stringify(name)}`;
  if (name === '.' || name === '..') return `must not be "${name}"`;
  if (name.trim() !== name) return `must not start or end with whitespace: ${JSON.stringify(name)}`;
  return undefined;
}
