/**
 * Test fixture for atomic-write.test.ts. Imported, it describes two large, self-describing
 * contents, A and B. Run as a script (`node --import tsx atomic-write.fixture.ts TARGET`), it
 * writes B, A, B, A… over TARGET with writeFileAtomic until it is killed, printing "ready" before
 * the first write and "wrote X" after each one.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from './atomic-write';

export type FixtureName = 'A' | 'B';

/** Different lengths, both over 1 MiB, so no torn mix of the two has either's length. */
const BODY_BYTES: Record<FixtureName, number> = { A: 1_300_007, B: 1_700_021 };

/** Deterministic, non-repeating bytes (xorshift32) so a shuffled or shifted block changes the checksum. */
function body(name: FixtureName): Buffer {
  const bytes = Buffer.alloc(BODY_BYTES[name]);
  let x = name === 'A' ? 0x9e3779b9 : 0x7f4a7c15;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** "VIREO-ATOMIC-FIXTURE name=A length=N sha256=HEX\n" followed by N bytes of body. */
export function fixtureContent(name: FixtureName): Buffer {
  const data = body(name);
  const header = `VIREO-ATOMIC-FIXTURE name=${name} length=${data.length} sha256=${sha256(data)}\n`;
  return Buffer.concat([Buffer.from(header, 'ascii'), data]);
}

/** Checks a file against its own header; returns which content it is, or what is wrong with it. */
export function describeFixture(data: Buffer): { name: FixtureName } | { problem: string } {
  const newline = data.indexOf(0x0a);
  const header = newline === -1 ? '' : data.subarray(0, Math.min(newline, 200)).toString('ascii');
  const match = /^VIREO-ATOMIC-FIXTURE name=([AB]) length=(\d+) sha256=([0-9a-f]{64})$/.exec(header);
  if (!match) return { problem: `no valid header (file is ${data.length} bytes)` };
  const [, name, length, checksum] = match;
  const rest = data.subarray(newline + 1);
  if (rest.length !== Number(length))
    return { problem: `${name}: body is ${rest.length} bytes, header says ${length}` };
  if (sha256(rest) !== checksum) return { problem: `${name}: body checksum does not match the header` };
  return { name: name as FixtureName };
}

async function main(target: string): Promise<void> {
  const contents = { A: fixtureContent('A'), B: fixtureContent('B') };
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const name: FixtureName = i % 2 === 0 ? 'B' : 'A';
    await writeFileAtomic(target, contents[name]);
    process.stdout.write(`wrote ${name}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: atomic-write.fixture.ts TARGET\n');
    process.exit(2);
  }
  await main(target);
}
