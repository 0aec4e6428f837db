import { z } from 'zod';

/** Where a VM's guest agent stands: none configured, configured but not (yet) running, or answering. */
export const guestAgentStates = ['none', 'waiting', 'connected'] as const;
export type GuestAgentState = (typeof guestAgentStates)[number];

/** How to get an agent into a guest, for the messages that say there is none. */
export const AGENT_INSTALL_HINT =
  'install and start qemu-guest-agent in the guest (Windows: the virtio-win guest tools)';

export const guestAddressSchema = z.object({
  family: z.enum(['ipv4', 'ipv6']),
  address: z.string(),
  prefix: z.number().int(),
});

export const guestInterfaceSchema = z.object({
  name: z.string(),
  mac: z.string().nullable(),
  addresses: z.array(guestAddressSchema),
  /** Counters since the guest booted; null when the agent does not report statistics. */
  rxBytes: z.number().nullable(),
  txBytes: z.number().nullable(),
});
export type GuestInterface = z.infer<typeof guestInterfaceSchema>;

export const guestOsSchema = z.object({
  name: z.string().nullable(),
  prettyName: z.string().nullable(),
  version: z.string().nullable(),
  kernelRelease: z.string().nullable(),
  machine: z.string().nullable(),
});
export type GuestOs = z.infer<typeof guestOsSchema>;

/** What the guest agent says of the guest (vm.agentInfo). */
export const guestAgentInfoSchema = z.object({
  state: z.enum(guestAgentStates),
  os: guestOsSchema.nullable(),
  hostname: z.string().nullable(),
  interfaces: z.array(guestInterfaceSchema),
  /** When the agent last answered, ISO time. */
  updatedAt: z.string().nullable(),
});
export type GuestAgentInfo = z.infer<typeof guestAgentInfoSchema>;

/** The guest's addresses worth showing: not loopback, not link-local. */
export function reachableAddresses(info: Pick<GuestAgentInfo, 'interfaces'>): string[] {
  return info.interfaces
    .filter((nic) => nic.name !== 'lo')
    .flatMap((nic) => nic.addresses)
    .filter((a) => !(a.family === 'ipv6' && a.address.toLowerCase().startsWith('fe80')))
    .filter((a) => !a.address.startsWith('127.') && a.address !== '::1')
    .map((a) => a.address);
}
