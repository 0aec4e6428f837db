import { z } from 'zod';
import { newRowKey, type ForwardRow } from './draft';
import { wholeNumberIn } from './numbers';
import type { Problem } from './problems';

const ipv4 = z.ipv4();

export function newForwardRow(): ForwardRow {
  return { key: newRowKey(), protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: '', guestPort: '' };
}

/** Problems of the port-forward table, keyed "network.forwards.N.field". */
export function forwardProblems(rows: readonly ForwardRow[]): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const firstRowOfPort = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = `network.forwards.${index}`;
    if (!ipv4.safeParse(row.hostAddress.trim()).success) {
      problems[`${at}.hostAddress`] = { key: 'hwErrorIpv4' };
    }
    const hostPort = wholeNumberIn(row.hostPort, 1, 65535);
    if (hostPort === undefined) problems[`${at}.hostPort`] = { key: 'hwErrorPort' };
    if (wholeNumberIn(row.guestPort, 1, 65535) === undefined)
      problems[`${at}.guestPort`] = { key: 'hwErrorPort' };
    if (hostPort === undefined) return;
    // One host port per protocol, whatever the address: 0.0.0.0 and 127.0.0.1 would collide.
    const portKey = `${row.protocol}:${hostPort}`;
    const first = firstRowOfPort.get(portKey);
    if (first === undefined) firstRowOfPort.set(portKey, index);
    else {
      problems[`${at}.hostPort`] = {
        key: 'hwErrorDuplicatePort',
        values: { port: hostPort, protocol: row.protocol.toUpperCase(), row: first + 1 },
      };
    }
  });
  return problems;
}

/** The rows as config forwards; only meaningful when forwardProblems found none. */
export function forwardsOf(rows: readonly ForwardRow[]) {
  return rows.map((row) => ({
    protocol: row.protocol,
    hostAddress: row.hostAddress.trim(),
    hostPort: Number(row.hostPort.trim()),
    guestPort: Number(row.guestPort.trim()),
  }));
}
