import { describe, expect, it } from 'vitest';
import type { ForwardRow } from './draft';
import { forwardProblems, forwardsOf } from './forwards';

const row = (
  hostPort: string,
  guestPort = '22',
  protocol: 'tcp' | 'udp' = 'tcp',
  hostAddress = '127.0.0.1',
): ForwardRow => ({
  key: 0,
  protocol,
  hostAddress,
  hostPort,
  guestPort,
});

describe('forwardProblems', () => {
  it('accepts ports 1–65535 and IPv4 addresses', () => {
    expect(forwardProblems([row('1', '65535'), row('8080', '80', 'tcp', '0.0.0.0')])).toEqual({});
  });

  it('refuses ports out of range or not whole numbers, row by row', () => {
    expect(forwardProblems([row('0'), row('65536', '22'), row('80', '2.5'), row('', 'x')])).toEqual({
      'network.forwards.0.hostPort': { key: 'hwErrorPort' },
      'network.forwards.1.hostPort': { key: 'hwErrorPort' },
      'network.forwards.2.guestPort': { key: 'hwErrorPort' },
      'network.forwards.3.hostPort': { key: 'hwErrorPort' },
      'network.forwards.3.guestPort': { key: 'hwErrorPort' },
    });
  });

  it('refuses a host address that is not IPv4', () => {
    expect(forwardProblems([row('80', '80', 'tcp', 'localhost')])).toEqual({
      'network.forwards.0.hostAddress': { key: 'hwErrorIpv4' },
    });
  });

  it('refuses a host port forwarded twice for one protocol, whatever the address', () => {
    const rows = [row('8080'), row('8080', '80', 'udp'), row('8080', '81', 'tcp', '0.0.0.0')];
    expect(forwardProblems(rows)).toEqual({
      'network.forwards.2.hostPort': {
        key: 'hwErrorDuplicatePort',
        values: { port: 8080, protocol: 'TCP', row: 1 },
      },
    });
  });

  it('compares ports as numbers ("080" is 80)', () => {
    expect(Object.keys(forwardProblems([row('80'), row('080')]))).toEqual(['network.forwards.1.hostPort']);
  });
});

describe('forwardsOf', () => {
  it('turns valid rows into config forwards', () => {
    expect(forwardsOf([row(' 2222 ', '22', 'tcp', ' 0.0.0.0 ')])).toEqual([
      { protocol: 'tcp', hostAddress: '0.0.0.0', hostPort: 2222, guestPort: 22 },
    ]);
  });
});
