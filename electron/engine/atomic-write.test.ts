import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAtomicTempFile, writeFileAtomic, writeJsonAtomic } from './atomic-write';
import { describeFixture, fixtureContent, type FixtureName } from './atomic-write.fixture';

const FIXTURE = fileURLToPath(new URL('./atomic-write.fixture.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vireo-atomic-'));
});

afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('writeFileAtomic', () => {
  it('writes the content with mode 0600', async () => {
    const target = join(dir, 'config.json');
    await writeFileAtomic(target, 'hello\n');
    expect(await readFile(target, 'utf8')).toBe('hello\n');
    expect(await modeOf(target)).toBe(0o600);
  });

  it('writes bytes as given', async () => {
    const target = join(dir, 'blob');
    const bytes = new Uint8Array([0, 1, 2, 255, 10, 13]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('uses the mode it is given', async () => {
    const target = join(dir, 'shared.txt');
    await writeFileAtomic(target, 'x', 0o640);
    expect(await modeOf(target)).toBe(0o640);
  });

  it('replaces existing content, and the old mode with 0600', async () => {
    const target = join(dir, 'config.json');
    await writeFile(target, 'old content that is longer than the new one\n', { mode: 0o644 });
    await writeFileAtomic(target, 'new\n');
    expect(await readFile(target, 'utf8')).toBe('new\n');
    expect(await modeOf(target)).toBe(0o600);
  });

  it('leaves no temp files behind on success', async () => {
    const target = join(dir, 'config.json');
    for (let i = 0; i < 5; i++) await writeFileAtomic(target, `version ${i}\n`);
    expect(await readdir(dir)).toEqual(['config.json']);
    expect(await readFile(target, 'utf8')).toBe('version 4\n');
  });

  it('survives concurrent writers to one target: the result is one of the writes, whole', async () => {
    const target = join(dir, 'config.json');
    const versions = Array.from({ length: 10 }, (_, i) => `${String(i).repeat(10_000)}\n`);
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['config.json']);
  });

  describe('a failing write', () => {
    it('with a non-empty directory at the target path rejects and leaves it and no temp file', async () => {
      const target = join(dir, 'config.json');
      await mkdir(target);
      await writeFile(join(target, 'inside'), 'keep me');
      await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({
        code: expect.stringMatching(/^E/),
      });
      expect(await readdir(dir)).toEqual(['config.json']);
      expect(await readFile(join(target, 'inside'), 'utf8')).toBe('keep me');
    });

    it('that fails while writing the data leaves the old file intact and no temp file', async () => {
      const target = join(dir, 'config.json');
      await writeFile(target, 'old\n');
      const notData = 42 as unknown as string;
      await expect(writeFileAtomic(target, notData)).rejects.toThrow();
      expect(await readFile(target, 'utf8')).toBe('old\n');
      expect(await readdir(dir)).toEqual(['config.json']);
    });

    it('into a folder that does not exist rejects with ENOENT and creates nothing', async () => {
      await expect(writeFileAtomic(join(dir, 'missing', 'config.json'), 'x')).rejects.toMatchObject({
        code: 'ENOENT',
      });
      expect(await readdir(dir)).toEqual([]);
    });

    // Root ignores directory permissions, so this can only be observed as another user.
    it.skipIf(process.getuid?.() === 0)(
      'into a folder that is not writable leaves the old file intact and no temp file',
      async () => {
        const target = join(dir, 'config.json');
        await writeFile(target, 'old\n');
        await chmod(dir, 0o500);
        await expect(writeFileAtomic(target, 'new\n')).rejects.toMatchObject({ code: 'EACCES' });
        await chmod(dir, 0o700);
        expect(await readFile(target, 'utf8')).toBe('old\n');
        expect(await readdir(dir)).toEqual(['config.json']);
      },
    );
  });
});

describe('writeJsonAtomic', () => {
  it('writes pretty-printed JSON ending in a newline, mode 0600', async () => {
    const target = join(dir, 'vm.json');
    const value = { name: 'web, db "prod" 服务器', memoryMiB: 2048, disks: [{ id: 'disk0' }] };
    await writeJsonAtomic(target, value);
    const text = await readFile(target, 'utf8');
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(value);
    expect(await modeOf(target)).toBe(0o600);
    expect(await readdir(dir)).toEqual(['vm.json']);
  });

  it('replaces an existing JSON file', async () => {
    const target = join(dir, 'vm.json');
    await writeJsonAtomic(target, { version: 1, padding: 'x'.repeat(1000) });
    await writeJsonAtomic(target, { version: 2 });
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ version: 2 });
  });
});

describe('isAtomicTempFile', () => {
  it.each([
    ['.config.json.1234.deadbeef.tmp', true],
    ['.vm.json.1.00000000.tmp', true],
    ['config.json', false],
    ['.config.json', false],
    ['config.json.tmp', false],
    ['disk0.qcow2', false],
  ])('%j → %s', (name, expected) => {
    expect(isAtomicTempFile(name)).toBe(expected);
  });
});

describe('the fixture', () => {
  it('describes two different contents over 1 MiB that each check out', () => {
    const a = fixtureContent('A');
    const b = fixtureContent('B');
    expect(a.length).toBeGreaterThan(2 ** 20);
    expect(b.length).toBeGreaterThan(2 ** 20);
    expect(a.length).not.toBe(b.length);
    expect(describeFixture(a)).toEqual({ name: 'A' });
    expect(describeFixture(b)).toEqual({ name: 'B' });
  });

  it('notices a torn file: a prefix, a mix of A and B, or one flipped byte', () => {
    const a = fixtureContent('A');
    const b = fixtureContent('B');
    expect(describeFixture(a.subarray(0, 4096))).toHaveProperty('problem');
    expect(describeFixture(Buffer.concat([b.subarray(0, 100_000), a.subarray(100_000)]))).toHaveProperty(
      'problem',
    );
    expect(describeFixture(Buffer.concat([a.subarray(0, 500_000), b.subarray(500_000)]))).toHaveProperty(
      'problem',
    );
    const flipped = Buffer.from(a);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(describeFixture(flipped)).toHaveProperty('problem');
    expect(describeFixture(Buffer.alloc(0))).toHaveProperty('problem');
  });
});

// -------------------------------------------------------------------------------------------------
// Killing a writer at random moments.
// -------------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface KillResult {
  /** What the target held after the kill. */
  found: FixtureName;
  /** Complete writes the child reported before it died. */
  writes: number;
}

/** Starts a writer over `target`, waits until it is writing, SIGKILLs it after `delayMs`. */
async function killWriterAfter(target: string, delayMs: number): Promise<KillResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, target], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.startsWith('ready\n')) resolve();
    });
    exited.then(
      ([code]) => reject(new Error(`the writer exited early (status ${code}): ${stderr}`)),
      (error: unknown) => reject(error),
    );
  });
  await ready;
  await sleep(delayMs);
  child.kill('SIGKILL');
  const [, signal] = await exited;
  expect(signal, `the writer should have been killed, not exited: ${stderr}`).toBe('SIGKILL');

  const data = await readFile(target);
  const described = describeFixture(data);
  if ('problem' in described)
    throw new Error(`torn file after a kill at ${delayMs} ms: ${described.problem}`);
  // Whole and intact: byte for byte one of the two contents.
  expect(data.equals(fixtureContent(described.name))).toBe(true);
  return {
    found: described.name,
    writes: stdout.split('\n').filter((line) => line.startsWith('wrote ')).length,
  };
}

describe('a write interrupted', () => {
  const SEED = 0x5eed_a70c;
  const LANES = 4;
  const KILLS_PER_LANE = 8;

  it('leaves the old or the new file, never a torn one', { timeout: 120_000 }, async () => {
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      const random = seededRandom(SEED + lane);
      const laneDir = join(dir, `lane-${lane}`);
      await mkdir(laneDir);
      const target = join(laneDir, 'state.bin');
      await writeFile(target, fixtureContent('A'), { mode: 0o600 });

      const results: KillResult[] = [];
      for (let i = 0; i < KILLS_PER_LANE; i++) {
        const delayMs = Math.floor(random() * 200);
        results.push(await killWriterAfter(target, delayMs));
        // Whatever a killed writer left behind besides the target is a recognisable temp file.
        const leftovers = (await readdir(laneDir)).filter((name) => name !== 'state.bin');
        for (const name of leftovers) {
          expect(isAtomicTempFile(name), `unrecognised leftover ${name}`).toBe(true);
          expect(name.startsWith(`.${basename(target)}.`)).toBe(true);
        }
      }
      const leftovers = (await readdir(laneDir)).filter((name) => name !== 'state.bin');
      return { results, leftovers };
    });
    const outcomes = await Promise.all(lanes);
    const results = outcomes.flatMap((o) => o.results);

    expect(results).toHaveLength(LANES * KILLS_PER_LANE);
    // The kills landed while writes were happening: writes completed, both contents were seen,
    // and some writers died between creating their temp file and renaming it.
    expect(results.reduce((sum, r) => sum + r.writes, 0)).toBeGreaterThan(0);
    expect(new Set(results.map((r) => r.found))).toEqual(new Set(['A', 'B']));
    expect(outcomes.flatMap((o) => o.leftovers).length).toBeGreaterThan(0);
  });
});
