import { describe, expect, it } from 'vitest';
import { VM_NAME_MAX_CHARS, vmNameProblem, vmNameSchema } from './vm-name';

/** The message vmNameSchema gives for a name, or undefined when it accepts it. */
function schemaMessage(name: string): string | undefined {
  const result = vmNameSchema.safeParse(name);
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join('; ');
}

describe('vmNameSchema / vmNameProblem', () => {
  describe('accepts', () => {
    it.each([
      ['a plain name', 'web'],
      ['commas, spaces, quotes and CJK', 'web, db "prod" 服务器'],
      ['single quotes and punctuation', "bob's vm (test) #2 & co."],
      ['emoji', '🦜 vireo 🚀'],
      ['an emoji ZWJ sequence', '👨‍👩‍👧 family'],
      ['dots that are not "." or ".."', '...'],
      ['a name starting with a dot', '.hidden'],
      ['a backslash', 'C:\\vm'],
      ['inner whitespace runs', 'a   b'],
    ])('%s: %j', (_label, name) => {
      expect(vmNameProblem(name)).toBeUndefined();
      expect(vmNameSchema.parse(name)).toBe(name);
    });

    it(`exactly ${VM_NAME_MAX_CHARS} ASCII characters`, () => {
      const name = 'x'.repeat(64);
      expect(vmNameProblem(name)).toBeUndefined();
      expect(vmNameSchema.safeParse(name).success).toBe(true);
    });

    it('exactly 64 code points of astral characters, each counted as one (128 UTF-16 units)', () => {
      const name = '😀'.repeat(64);
      expect(name.length).toBe(128);
      expect(vmNameProblem(name)).toBeUndefined();
      expect(vmNameSchema.safeParse(name).success).toBe(true);
    });

    it('64 CJK characters', () => {
      expect(vmNameProblem('服'.repeat(64))).toBeUndefined();
    });
  });

  describe('refuses', () => {
    it('the empty string', () => {
      expect(vmNameProblem('')).toBe('must not be empty');
      expect(schemaMessage('')).toBe('must not be empty');
    });

    it('65 characters, naming the limit and the actual length', () => {
      const problem = vmNameProblem('x'.repeat(65));
      expect(problem).toBe('must be at most 64 characters (got 65)');
      expect(schemaMessage('x'.repeat(65))).toBe(problem);
    });

    it('65 astral code points', () => {
      expect(vmNameProblem('😀'.repeat(65))).toBe('must be at most 64 characters (got 65)');
    });

    it.each([
      ['a slash', 'web/db'],
      ['a lone slash', '/'],
      ['a leading slash', '/etc'],
    ])('%s (%j), saying "/" is the problem', (_label, name) => {
      const problem = vmNameProblem(name);
      expect(problem).toMatch(/^must not contain "\/"/);
      expect(problem).toContain(JSON.stringify(name));
      expect(schemaMessage(name)).toBe(problem);
    });

    it.each([
      ['NUL', 'web\0db'],
      ['a newline', 'web\ndb'],
      ['a carriage return', 'web\rdb'],
      ['a tab', 'web\tdb'],
      ['ESC', 'web\x1bdb'],
      ['DEL (\\x7f)', 'web\x7fdb'],
      ['C1 NEL (\\x85)', 'web\x85db'],
      ['C1 (\\x9f)', 'web\x9fdb'],
      ['LINE SEPARATOR (U+2028)', 'web\u2028db'],
      ['PARAGRAPH SEPARATOR (U+2029)', 'web\u2029db'],
    ])('%s, saying control characters are the problem', (_label, name) => {
      const problem = vmNameProblem(name);
      expect(problem).toMatch(/^must not contain control characters/);
      // The offending name is quoted with JSON escapes, so the control character is visible.
      expect(problem).toContain(JSON.stringify(name));
      expect(schemaMessage(name)).toBe(problem);
    });

    it.each(['.', '..'])('%j, which could be mistaken for a path component', (name) => {
      expect(vmNameProblem(name)).toBe(`must not be "${name}"`);
      expect(schemaMessage(name)).toBe(`must not be "${name}"`);
    });

    it.each([
      ['a leading space', ' web'],
      ['a trailing space', 'web '],
      ['spaces on both sides', ' web '],
      ['a trailing no-break space', 'web\u00a0'],
      ['a leading ideographic space', '\u3000服务器'],
      ['only spaces', '   '],
    ])('%s, saying surrounding whitespace is the problem', (_label, name) => {
      const problem = vmNameProblem(name);
      expect(problem).toMatch(/^must not start or end with whitespace/);
      expect(problem).toContain(JSON.stringify(name));
      expect(schemaMessage(name)).toBe(problem);
    });

    it('non-strings, through the schema', () => {
      expect(vmNameSchema.safeParse(42).success).toBe(false);
      expect(vmNameSchema.safeParse(undefined).success).toBe(false);
    });
  });
});
