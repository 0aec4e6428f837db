import type { Problem } from './problems';

const TAG = /^[A-Za-z0-9_.-]{1,31}$/;
const TAG_MAX = 31;

/**
 * A mount tag for a folder: its last path component with anything but letters, digits, ".", "_"
 * and "-" made "_" (and none first of ".", "_", "-"), cut to 31 characters; "share" when nothing is left; "-2", "-3"… when taken.
 */
export function suggestShareTag(hostPath: string, taken: readonly string[]): string {
  const name = hostPath.replace(/\/+$/, '').split('/').at(-1) ?? '';
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[._-]+/, '');
  const base = (cleaned === '' ? 'share' : cleaned).slice(0, TAG_MAX);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const tag = base.slice(0, TAG_MAX - suffix.length) + suffix;
    if (!taken.includes(tag)) return tag;
  }
}

/** What is wrong with a mount tag typed for a new share, or undefined. */
export function shareTagProblem(tag: string, taken: readonly string[]): Problem | undefined {
  if (tag === '') return { key: 'hwErrorRequired' };
  if (!TAG.test(tag)) return { key: 'hwErrorShareTag' };
  if (taken.includes(tag)) return { key: 'hwErrorShareTagTaken', values: { tag } };
  return undefined;
}
