import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VireoError } from '../../shared/errors';
import type { PortForward } from '../../shared/vm-config';
import { absolutePath, parseDiskSize, parseForward, parseInteger, parseSeconds } from './parse-args';

/** The error a parser throws, checked to be an input error. */
function refusal(parse: () => unknown): VireoError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(VireoError);
    expect((error as VireoError).code).toBe('INVALID_INPUT');
    return error as VireoError;
  }
  throw new Error('expected the input to be refused');
}

describe('parseInteger', () => {
  const memory = parseInteger('--memory', 16, 4096);

  it.each([
    ['16', 16],
    ['4096', 4096],
    ['2048', 2048],
    [' 512 ', 512],
    ['0100', 100],
  ])('accepts %j as %d', (text, value) => {
    expect(memory(text)).toBe(value);
  });

  it('accepts negative numbers when the range allows them', () => {
    expect(parseInteger('--offset', -10, 10)('-5')).toBe(-5);
  });

  it.each(['12abc', '1.5', '', '  ', 'abc', '0x10', '1e3', '12 34', '+5'])(
    'refuses %j as not a whole number, naming the option',
    (text) => {
      expect(refusal(() => memory(text)).message).toBe(`--memory must be a whole number (got "${text}")`);
    },
  );

  it.each([
    ['15', 15],
    ['4097', 4097],
    ['-1', -1],
    ['99999999999999999999', 1e20],
  ])('refuses %j as out of range, naming the option and the range', (text, value) => {
    expect(refusal(() => memory(text)).message).toBe(`--memory must be between 16 and 4096 (got ${value})`);
  });
});

describe('parseSeconds', () => {
  const timeout = parseSeconds('--timeout');

  it.each([
    ['0', 0],
    ['30', 30],
    ['1.5', 1.5],
    ['3600', 3600],
    [' 10 ', 10],
  ])('accepts %j as %d', (text, value) => {
    expect(timeout(text)).toBe(value);
  });

  it.each(['3601', '-1', '', 'abc', '10s', '1e2', '.5', 'Infinity', 'NaN'])(
    'refuses %j, naming the option and the range',
    (text) => {
      expect(refusal(() => timeout(text)).message).toBe(
        `--timeout must be a number of seconds from 0 to 3600 (got "${text}")`,
      );
    },
  );
});

describe('parseDiskSize', () => {
  it.each([
    ['20G', 20 * 2 ** 30],
    ['512M', 512 * 2 ** 20],
    ['1M', 2 ** 20],
    ['1.5T', 1.5 * 2 ** 40],
  ])('accepts %j as %d bytes', (text, bytes) => {
    expect(parseDiskSize(text)).toBe(bytes);
  });

  it.each(['0', '0G', 'abc', '', '-5G', '5X'])('refuses %j as not a size', (text) => {
    expect(refusal(() => parseDiskSize(text)).message).toBe(
      `--disk must be a size like 20G or 512M (got "${text}")`,
    );
  });

  it.each(['100', '1023K', '0.5M'])('refuses %j as smaller than 1M', (text) => {
    expect(refusal(() => parseDiskSize(text)).message).toBe(`--disk must be at least 1M (got "${text}")`);
  });
});

describe('parseForward', () => {
  it('parses protocol, host port and guest port', () => {
    expect(parseForward('tcp:2222:22')).toEqual([
      { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 },
    ]);
  });

  it('defaults the protocol to tcp', () => {
    expect(parseForward('2222:22')).toEqual([
      { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 },
    ]);
  });

  it('parses udp with an explicit host address', () => {
    expect(parseForward('udp:127.0.0.1:5353:53')).toEqual([
      { protocol: 'udp', hostAddress: '127.0.0.1', hostPort: 5353, guestPort: 53 },
    ]);
    expect(parseForward('tcp:0.0.0.0:8080:80')).toEqual([
      { protocol: 'tcp', hostAddress: '0.0.0.0', hostPort: 8080, guestPort: 80 },
    ]);
  });

  it.each(['tcp:2222', '2222', 'tcp:1:2:3:4:5', 'tcp:localhost:2222:22', 'sctp:2222:22', ''])(
    'refuses the malformed %j',
    (text) => {
      expect(refusal(() => parseForward(text)).message).toBe(
        `--forward must look like tcp:HOSTPORT:GUESTPORT (got "${text}")`,
      );
    },
  );

  it('refuses a port that is not a number', () => {
    expect(refusal(() => parseForward('tcp:x:22')).message).toBe(
      '--forward port must be a whole number (got "x")',
    );
    expect(refusal(() => parseForward('tcp:2222:')).message).toBe(
      '--forward port must be a whole number (got "")',
    );
  });

  it('refuses ports out of range', () => {
    expect(refusal(() => parseForward('tcp:70000:22')).message).toBe(
      '--forward port must be between 1 and 65535 (got 70000)',
    );
    expect(refusal(() => parseForward('tcp:2222:0')).message).toBe(
      '--forward port must be between 1 and 65535 (got 0)',
    );
  });

  it('accumulates repeated flags, keeping the earlier forwards first', () => {
    const first = parseForward('tcp:2222:22');
    const both = parseForward('udp:5353:53', first);
    expect(both).toEqual([
      { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 },
      { protocol: 'udp', hostAddress: '127.0.0.1', hostPort: 5353, guestPort: 53 },
    ]);
    expect(first).toHaveLength(1);
  });

  it('allows the same port number for tcp and udp', () => {
    const tcp = parseForward('tcp:5353:53');
    expect(parseForward('udp:5353:53', tcp)).toHaveLength(2);
  });

  it('refuses a host port forwarded twice across repeated flags', () => {
    const previous: PortForward[] = parseForward('tcp:2222:22');
    expect(refusal(() => parseForward('2222:2022', previous)).message).toBe(
      'host port tcp:2222 is forwarded twice',
    );
    expect(refusal(() => parseForward('tcp:127.0.0.1:2222:80', previous)).message).toBe(
      'host port tcp:2222 is forwarded twice',
    );
  });
});

describe('absolutePath', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('resolves a relative path against the current directory', () => {
    vi.spyOn(process, 'cwd').mockReturnValue('/home/ana/vms');
    expect(absolutePath('debian.iso')).toBe('/home/ana/vms/debian.iso');
    expect(absolutePath('./isos/debian.iso')).toBe('/home/ana/vms/isos/debian.iso');
    expect(absolutePath('../debian.iso')).toBe('/home/ana/debian.iso');
  });

  it('resolves against the real working directory by default', () => {
    expect(absolutePath('disk.qcow2')).toBe(join(process.cwd(), 'disk.qcow2'));
  });

  it('keeps an absolute path, normalised', () => {
    expect(absolutePath('/isos/debian.iso')).toBe('/isos/debian.iso');
    expect(absolutePath('/isos//x/../debian.iso')).toBe('/isos/debian.iso');
  });

  it('refuses an empty path', () => {
    expect(refusal(() => absolutePath('')).message).toBe('a path must not be empty');
  });
});
