import { z } from 'zod';
import type { GuestInterface, GuestOs } from '../../../shared/guest-agent';

/** The parts of qemu-ga's answers Vireo reads; unknown fields pass. */
const osInfoReply = z
  .object({
    name: z.string().optional(),
    'pretty-name': z.string().optional(),
    'version-id': z.string().optional(),
    version: z.string().optional(),
    'kernel-release': z.string().optional(),
    machine: z.string().optional(),
  })
  .loose();

const interfacesReply = z.array(
  z
    .object({
      name: z.string(),
      'hardware-address': z.string().optional(),
      'ip-addresses': z
        .array(
          z.object({
            'ip-address-type': z.enum(['ipv4', 'ipv6']),
            'ip-address': z.string(),
            prefix: z.number().int(),
          }),
        )
        .optional(),
      statistics: z.object({ 'rx-bytes': z.number(), 'tx-bytes': z.number() }).loose().optional(),
    })
    .loose(),
);

const hostNameReply = z.object({ 'host-name': z.string() }).loose();

export function parseOsInfo(reply: unknown): GuestOs {
  const os = osInfoReply.parse(reply);
  return {
    name: os.name ?? null,
    prettyName: os['pretty-name'] ?? null,
    version: os.version ?? os['version-id'] ?? null,
    kernelRelease: os['kernel-release'] ?? null,
    machine: os.machine ?? null,
  };
}

export function parseInterfaces(reply: unknown): GuestInterface[] {
  return interfacesReply.parse(reply).map((nic) => ({
    name: nic.name,
    mac: nic['hardware-address'] ?? null,
    addresses: (nic['ip-addresses'] ?? []).map((a) => ({
      family: a['ip-address-type'],
      address: a['ip-address'],
      prefix: a.prefix,
    })),
    rxBytes: nic.statistics?.['rx-bytes'] ?? null,
    txBytes: nic.statistics?.['tx-bytes'] ?? null,
  }));
}

export function parseHostName(reply: unknown): string {
  return hostNameReply.parse(reply)['host-name'];
}
