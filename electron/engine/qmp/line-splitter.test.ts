import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter';

/** Feeds chunks to a fresh splitter and returns what came out. */
function split(chunks: (string | Buffer)[], maxLineBytes?: number): { lines: string[]; overflows: number[] } {
  const lines: string[] = [];
  const overflows: number[] = [];
  const splitter = new LineSplitter(
    (line) => lines.push(line),
    (bytes) => overflows.push(bytes),
    maxLineBytes,
  );
  for (const chunk of chunks) splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return { lines, overflows };
}

/** Cuts a buffer at the given offsets. */
function cut(bytes: Buffer, offsets: number[]): Buffer[] {
  const points = [0, ...offsets, bytes.length];
  return points.slice(1).map((end, i) => bytes.subarray(points[i], end));
}

const frames = [
  '{"QMP":{"version":{"qemu":{"micro":22,"minor":2,"major":7},"package":"Debian 1:7.2+dfsg-7"}}}',
  '{"event":"STOP","data":{"note":"é€😀 ünïcödé"},"timestamp":{"seconds":1,"microseconds":2}}',
  '{"return":{"status":"running","running":true},"id":"v1"}',
];

describe('LineSplitter', () => {
  describe('line endings', () => {
    it('splits on \\r\\n and strips the \\r', () => {
      expect(split(['a\r\nb\r\n']).lines).toEqual(['a', 'b']);
    });

    it('splits on a bare \\n', () => {
      expect(split(['a\nb\n']).lines).toEqual(['a', 'b']);
    });

    it('accepts \\r\\n and \\n mixed in one stream', () => {
      expect(split(['a\r\nb\nc\r\n']).lines).toEqual(['a', 'b', 'c']);
    });

    it('strips only one trailing \\r and keeps a \\r inside the line', () => {
      expect(split(['a\rb\r\r\n']).lines).toEqual(['a\rb\r']);
    });

    it('skips empty and whitespace-only lines', () => {
      expect(split(['\n\r\n  \t \r\n{"a":1}\n\n\r\n']).lines).toEqual(['{"a":1}']);
    });
  });

  describe('chunk boundaries', () => {
    it('holds a partial line until its newline arrives', () => {
      const lines: string[] = [];
      const splitter = new LineSplitter(
        (line) => lines.push(line),
        () => undefined,
      );
      splitter.push(Buffer.from('{"retu'));
      splitter.push(Buffer.from('rn":{}'));
      expect(lines).toEqual([]);
      splitter.push(Buffer.from('}\r'));
      expect(lines).toEqual([]);
      splitter.push(Buffer.from('\n'));
      expect(lines).toEqual(['{"return":{}}']);
    });

    it('emits several lines from one chunk, in order', () => {
      expect(split([`${frames.join('\r\n')}\r\n`]).lines).toEqual(frames);
    });

    it('reassembles frames delivered byte by byte', () => {
      const bytes = Buffer.from(`${frames.join('\r\n')}\r\n`, 'utf8');
      const oneByteChunks = [...bytes].map((byte) => Buffer.from([byte]));
      expect(split(oneByteChunks).lines).toEqual(frames);
    });

    it('decodes a multi-byte UTF-8 character cut between chunks', () => {
      const bytes = Buffer.from('{"name":"😀"}\n', 'utf8');
      const emoji = bytes.indexOf(0xf0); // first of the emoji's four bytes
      for (const offset of [emoji + 1, emoji + 2, emoji + 3]) {
        const { lines } = split(cut(bytes, [offset]));
        expect(lines).toEqual(['{"name":"😀"}']);
        expect(lines[0]).not.toContain('\uFFFD');
      }
    });

    it('yields the same lines for every way of cutting the stream into three chunks', () => {
      const bytes = Buffer.from(`${frames[1]}\r\n\n${frames[2]}\n`, 'utf8');
      const expected = [frames[1], frames[2]];
      let cases = 0;
      for (let first = 0; first <= bytes.length; first++) {
        for (let second = first; second <= bytes.length; second++) {
          const { lines } = split(cut(bytes, [first, second]));
          if (lines.length !== 2 || lines[0] !== expected[0] || lines[1] !== expected[1]) {
            expect.fail(`cut at ${first} and ${second} gave ${JSON.stringify(lines)}`);
          }
          cases++;
        }
      }
      expect(cases).toBe(((bytes.length + 1) * (bytes.length + 2)) / 2);
    });

    it('does not emit a trailing line that never gets its newline', () => {
      expect(split(['a\nb']).lines).toEqual(['a']);
    });
  });

  describe('oversized lines', () => {
    const max = 16;

    it('accepts a line of exactly maxLineBytes', () => {
      const line = 'x'.repeat(max);
      expect(split([`${line}\n`], max)).toEqual({ lines: [line], overflows: [] });
    });

    it('drops a line one byte over maxLineBytes, reports it, and still parses the next line', () => {
      const { lines, overflows } = split([`${'x'.repeat(max + 1)}\n{"next":1}\n`], max);
      expect(lines).toEqual(['{"next":1}']);
      expect(overflows).toEqual([max + 1]);
    });

    it('reports an oversized line once even when it arrives in many chunks', () => {
      const chunks = [...Array.from({ length: 40 }, () => 'yyyyy'), 'yy\r\n', '{"ok"', ':true}\r\n'];
      const { lines, overflows } = split(chunks, max);
      expect(lines).toEqual(['{"ok":true}']);
      expect(overflows).toHaveLength(1);
      expect(overflows[0]).toBeGreaterThan(max);
    });

    it('keeps no bytes of the dropped line: the line after it is clean', () => {
      const { lines } = split(['{"a":', 'x'.repeat(max), '"tail"}\n', 'clean\n'], max);
      expect(lines).toEqual(['clean']);
    });

    it('reports each of two consecutive oversized lines', () => {
      const long = 'z'.repeat(max * 2);
      const { lines, overflows } = split([`${long}\n${long}\nok\n`], max);
      expect(lines).toEqual(['ok']);
      expect(overflows).toHaveLength(2);
    });

    it('accepts normal lines before and after an overflow within one chunk', () => {
      const { lines, overflows } = split([`before\n${'w'.repeat(100)}\nafter\n`], max);
      expect(lines).toEqual(['before', 'after']);
      expect(overflows).toEqual([100]);
    });
  });
});
