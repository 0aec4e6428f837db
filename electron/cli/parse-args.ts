import { isIPv4 } from 'node:net';
import { resolve } from 'node:path';
import { parseSize } from '../../shared/size';
import type { PortForward } from '../../shared/vm-config';
import { badInput } from './cli-errors';

export function parseInteger(option: string, min: number, max: number) {
  return (text: string): number => {
    if (!/^-?\d+$/.test(text.trim())) throw badInput(`${option} must be a whole number (got "${text}")`);
    const value = Number(text);
    if (value < min || value > max)
      throw badInput(`${option} must be between ${min} and ${max} (got ${value})`);
    return value;
  };
}

export function parseSeconds(option: string) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !Number.isFinite(value) || value > 3600) {
      throw badInput(`${option} must be a number of seconds from 0 to 3600 (got "${text}")`);
    }
    return value;
  };
}

export function parseDiskSize(text: string): number {
  const bytes = parseSize(text);
  if (bytes === undefined || bytes <= 0)
    throw badInput(`--disk must be a size like 20G or 512M (got "${text}")`);
  if (bytes < 1024 * 1024) throw badInput(`--disk must be at least 1M (got "${text}")`);
  return bytes;
}

/** "tcp:2222:22", "2222:22", "udp:127.0.0.1:5353:53" → a port forward. */
export function parseForward(text: string, previous: PortForward[] = []): PortForward[] {
  const parts = text.split(':');
  const protocol = parts[0] === 'tcp' || parts[0] === 'udp' ? parts.shift() : 'tcp';
  const port = parseInteger('--forward port', 1, 65535);
  let hostAddress = '127.0.0.1';
  if (parts.length === 3) hostAddress = parts.shift() ?? hostAddress;
  if (parts.length !== 2 || !isIPv4(hostAddress)) {
    throw badInput(`--forward must look like tcp:HOSTPORT:GUESTPORT (got "${text}")`);
  }
  const forward: PortForward = {
    protocol: protocol as 'tcp' | 'udp',
    hostAddress,
    hostPort: port(parts[0] ?? ''),
    guestPort: port(parts[1] ?? ''),
  };
  if (previous.some((p) => p.protocol === forward.protocol && p.hostPort === forward.hostPort)) {
    throw badInput(`host port ${forward.protocol}:${forward.hostPort} is forwarded twice`);
  }
  return [...previous, forward];
}

/** Paths are taken relative to where the command runs, and handed on absolute. */
export function absolutePath(text: string): string {
  if (text.length === 0) throw badInput('a path must not be empty');
  return resolve(text);
}
