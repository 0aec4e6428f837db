import { z } from 'zod';
import { guestAgentStates } from './guest-agent';
import { vmOsSchema } from './os-info';

export const vmStates = [
  'stopped',
  'starting',
  'running',
  'paused',
  'shutting-down',
  'crashed',
  'broken',
  /** Its memory is saved to disk (no QEMU runs): starting restores it where it was. */
  'saved',
  /** The guest kernel panicked (pvpanic): QEMU holds it there for a look, a reset or a force off. */
  'panicked',
] as const;
export type VmState = (typeof vmStates)[number];

export const vmOperations = [
  'start',
  'pause',
  'resume',
  'shutdown',
  'reboot',
  'forceOff',
  'delete',
  'edit',
  /** Take, revert or delete a snapshot. */
  'snapshot',
  'clone',
  /** Save the memory to disk and stop (restore with start). */
  'save',
  'export',
  /** Throw the saved memory away (the VM is then stopped). */
  'discardSaved',
] as const;
export type VmOperation = (typeof vmOperations)[number];

const allowed: Record<VmState, readonly VmOperation[]> = {
  stopped: ['start', 'delete', 'edit', 'snapshot', 'clone', 'export'],
  crashed: ['start', 'delete', 'edit', 'snapshot', 'clone', 'export'],
  broken: ['delete'],
  starting: ['forceOff'],
  running: ['pause', 'shutdown', 'reboot', 'forceOff', 'edit', 'snapshot', 'save'],
  paused: ['resume', 'forceOff', 'edit', 'snapshot', 'clone', 'save'],
  saved: ['start', 'delete', 'discardSaved'],
  'shutting-down': ['forceOff'],
  panicked: ['reboot', 'forceOff'],
};

/** The operations a VM in this state accepts; the UI enables exactly these. */
export function allowedOperations(state: VmState): readonly VmOperation[] {
  return allowed[state];
}

export function isOperationAllowed(state: VmState, operation: VmOperation): boolean {
  return allowed[state].includes(operation);
}

/** A VM whose QEMU process exists (it holds sockets and a pidfile). */
export function isActive(state: VmState): boolean {
  return (
    state === 'starting' ||
    state === 'running' ||
    state === 'paused' ||
    state === 'shutting-down' ||
    state === 'panicked'
  );
}

export const lastExitSchema = z.object({
  at: z.string(),
  kind: z.enum(['shutdown', 'forced', 'crashed', 'saved']),
  reason: z.string(),
  logTail: z.array(z.string()),
});
export type LastExit = z.infer<typeof lastExitSchema>;

export const vmStatusSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  state: z.enum(vmStates),
  /** Why the config could not be read, when state is "broken". */
  problem: z.string().optional(),
  memoryMiB: z.number().int().nullable(),
  vcpus: z.number().int().nullable(),
  pid: z.number().int().nullable(),
  startedAt: z.string().nullable(),
  /** The accelerator the running process uses (auto resolved). */
  accel: z.enum(['kvm', 'tcg']).nullable(),
  sockets: z
    .object({ qmp: z.string(), serial: z.string().nullable(), vnc: z.string().nullable() })
    .nullable(),
  lastExit: lastExitSchema.nullable(),
  os: vmOsSchema.nullable(),
  /** The saved config differs from what the running QEMU started with. */
  needsRestart: z.boolean(),
  /** A guest clipboard agent (spice-vdagent) has opened its port: copy/paste works both ways. */
  clipboardAgent: z.boolean(),
  /** When and how the guest panicked, while it is in the panicked state. */
  panic: z.object({ at: z.string(), message: z.string() }).nullable(),
  /** The guest agent (qemu-ga): none configured, waiting for it in the guest, or connected. */
  guestAgent: z.enum(guestAgentStates),
});
export type VmStatus = z.infer<typeof vmStatusSchema>;
