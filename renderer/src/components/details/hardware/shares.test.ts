import { describe, expect, it } from 'vitest';
import { shareSchema } from '../../../../../shared/vm-config';
import { shareTagProblem, suggestShareTag } from './shares';

describe('suggestShareTag', () => {
  it('names a share after its folder, in the characters a tag may have', () => {
    expect(suggestShareTag('/home/me/Projects', [])).toBe('Projects');
    expect(suggestShareTag('/home/me/my photos (2024)/', [])).toBe('my_photos__2024_');
    expect(suggestShareTag('/home/me/.config', [])).toBe('config');
    expect(suggestShareTag('/', [])).toBe('share');
    expect(suggestShareTag('/data/照片', [])).toBe('share');
  });

  it('keeps to 31 characters and avoids the tags already used', () => {
    const long = suggestShareTag(`/x/${'a'.repeat(40)}`, []);
    expect(long).toHaveLength(31);
    expect(suggestShareTag('/x/data', ['data', 'data-2'])).toBe('data-3');
    expect(suggestShareTag(`/x/${'a'.repeat(40)}`, [long])).toBe(`${'a'.repeat(29)}-2`);
  });

  it('suggests only tags the engine accepts', () => {
    for (const path of ['/a/b c', '/a/..', '/a/-x', '/a/Ünïcode', `/a/${'z'.repeat(50)}`]) {
      const tag = suggestShareTag(path, []);
      expect(shareSchema.safeParse({ tag, hostPath: '/x' }).success).toBe(true);
      expect(shareTagProblem(tag, [])).toBeUndefined();
    }
  });
});

describe('shareTagProblem', () => {
  it('asks for a tag of letters, digits, ".", "_" or "-" that is not used yet', () => {
    expect(shareTagProblem('', [])).toEqual({ key: 'hwErrorRequired' });
    expect(shareTagProblem('a b', [])).toEqual({ key: 'hwErrorShareTag' });
    expect(shareTagProblem('x'.repeat(32), [])).toEqual({ key: 'hwErrorShareTag' });
    expect(shareTagProblem('data', ['data'])).toEqual({
      key: 'hwErrorShareTagTaken',
      values: { tag: 'data' },
    });
    expect(shareTagProblem('data.v2_-', [])).toBeUndefined();
  });
});
