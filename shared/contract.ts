/**
 * The one contract: every request (arguments and result) and every event, declared once.
 * Every transport — the control socket, Electron IPC, WebSocket — is generated from this map,
 * after GitHub Desktop's ipc-shared.ts. Nothing may be called that is not declared here.
 */
import { z } from 'zod';
import { capabilitiesSchema } from './capabilities';
import { errorPayloadSchema } from './errors';
import { preferenceChangesSchema, preferencesSchema } from './preferences';
import { filePurposes, hostInfoSchema, pathCheckSchema } from './host';
import { osEntrySchema } from './os-info';
import { jobIdSchema, jobSchema } from './jobs';
import { guestAgentInfoSchema } from './guest-agent';
import { hostUsbDeviceSchema, usbAttachSchema } from './usb';
import { snapshotListSchema, snapshotNameSchema } from './snapshots';
import { metricsHistorySchema, metricsRanges, metricsTickSchema } from './metrics';
import {
  addDiskParamsSchema,
  createVmParamsSchema,
  removeDiskParamsSchema,
  updateVmParamsSchema,
  vmConfigChangesSchema,
} from './vm-requests';
import { diskInfoSchema, timelineEntrySchema, vmLogSchema } from './vm-details';
import { portForwardSchema, shareSchema, vmConfigSchema } from './vm-config';
import { vmNameSchema } from './vm-name';
import { vmStatusSchema } from './vm-state';

interface RequestSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  params: P;
  result: R;
}
const request = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R): RequestSpec<P, R> => ({
  params,
  result,
});

const vmRef = z.object({ vm: z.string().min(1, 'a VM name or uuid is required') });
const consoleIdOrMain = z
  .string()
  .regex(/^(serial[0-3]|console[0-3])$/, 'a console: serial0–3 or console0–3');
const nothing = z.object({});
const consoleRef = vmRef.extend({ port: consoleIdOrMain.default('serial0') });
const terminalRef = z.object({ id: z.string().min(1) });

export const requests = {
  'engine.info': request(
    nothing,
    z.object({
      pid: z.number(),
      kind: z.string(),
      home: z.string(),
      startedAt: z.string(),
      version: z.string(),
    }),
  ),
  'engine.capabilities': request(nothing, capabilitiesSchema),
  'preferences.get': request(nothing, preferencesSchema),
  'preferences.set': request(z.object({ changes: preferenceChangesSchema }), preferencesSchema),
  'engine.hostInfo': request(nothing, hostInfoSchema),
  /** The desktop app's native file dialog; web mode answers UNSUPPORTED (the UI shows a path field). */
  'host.pickFile': request(
    z.object({ purpose: z.enum(filePurposes) }),
    z.object({ path: z.string().nullable() }),
  ),
  'host.checkPath': request(
    z.object({ path: z.string().min(1), purpose: z.enum(filePurposes) }),
    pathCheckSchema,
  ),
  'osinfo.detect': request(
    z.object({ isoPath: z.string().min(1) }),
    z.object({ volumeId: z.string().nullable(), os: osEntrySchema.nullable() }),
  ),
  'osinfo.search': request(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).default(30) }),
    z.array(osEntrySchema),
  ),
  'vm.list': request(nothing, z.array(vmStatusSchema)),
  'vm.get': request(vmRef, z.object({ status: vmStatusSchema, config: vmConfigSchema.nullable() })),
  'vm.create': request(createVmParamsSchema, vmStatusSchema),
  'vm.update': request(updateVmParamsSchema, z.object({ status: vmStatusSchema, config: vmConfigSchema })),
  /** The argv a config (with unsaved changes) would start with: the Hardware page's live preview. */
  'vm.previewArgs': request(
    z.object({ vm: z.string().min(1), changes: vmConfigChangesSchema.default({}) }),
    z.object({ argv: z.array(z.string()) }),
  ),
  'vm.addDisk': request(addDiskParamsSchema, z.object({ status: vmStatusSchema, config: vmConfigSchema })),
  'vm.removeDisk': request(
    removeDiskParamsSchema,
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  'vm.disks': request(vmRef, z.array(diskInfoSchema)),
  /** Grows a disk to `sizeBytes` (live for a running VM: the guest sees the new size). Never shrinks. */
  'vm.resizeDisk': request(
    vmRef.extend({ diskId: z.string().min(1), sizeBytes: z.number().int().positive() }),
    diskInfoSchema,
  ),
  'vm.log': request(
    vmRef.extend({
      maxBytes: z
        .number()
        .int()
        .min(1)
        .max(16 * 1024 * 1024)
        .default(256 * 1024),
    }),
    vmLogSchema,
  ),
  'vm.timeline': request(vmRef, z.array(timelineEntrySchema)),
  'vm.delete': request(
    vmRef.extend({ keepDisks: z.boolean().default(false) }),
    z.object({ removed: z.string(), keptDisks: z.array(z.string()) }),
  ),
  'vm.start': request(vmRef, vmStatusSchema),
  'vm.pause': request(vmRef, vmStatusSchema),
  'vm.resume': request(vmRef, vmStatusSchema),
  'vm.reboot': request(vmRef, vmStatusSchema),
  'vm.shutdown': request(
    vmRef.extend({
      /** Seconds to wait for the guest; 0 returns once the ACPI request is sent. */
      timeoutSec: z.number().min(0).max(3600).default(0),
      /** Force off when the guest has not powered off within timeoutSec. */
      force: z.boolean().default(false),
    }),
    vmStatusSchema,
  ),
  'vm.forceOff': request(vmRef, vmStatusSchema),
  /** Saves a running or paused VM's memory to disk and stops it ("saved"); vm.start restores it. */
  'vm.save': request(vmRef.extend({ jobId: jobIdSchema }), vmStatusSchema),
  /** Throws a saved VM's memory away: it is then stopped, and starts afresh. */
  'vm.discardSaved': request(vmRef, vmStatusSchema),
  'vm.args': request(vmRef, z.object({ argv: z.array(z.string()) })),
  'serial.history': request(
    consoleRef.extend({
      maxBytes: z
        .number()
        .int()
        .min(1)
        .max(64 * 1024 * 1024)
        .default(1024 * 1024),
    }),
    z.object({ data: z.string() }),
  ),
  /** Types into a console; from any client it reaches the guest once. */
  'serial.send': request(consoleRef.extend({ text: z.string().max(65536) }), z.object({ bytes: z.number() })),
  /**
   * Live output of a console as `serial.output` events. The subscriber must `serial.ack` what it has
   * rendered: a subscriber far behind pauses the console (the guest slows down; memory stays bounded).
   */
  'serial.subscribe': request(consoleRef, z.object({ uuid: z.string(), port: z.string() })),
  'serial.unsubscribe': request(consoleRef, nothing),
  'serial.ack': request(consoleRef.extend({ bytes: z.number().int().min(0) }), nothing),
  /** A one-time ticket for the VNC WebSocket: single use, short-lived, bound to this VM. */
  'console.ticket': request(
    vmRef,
    z.object({
      ticket: z.string(),
      /** The path under web mode's own server. */
      path: z.string(),
      /** The engine's loopback proxy port (the desktop app connects there). */
      proxyPort: z.number().int(),
      expiresAt: z.string(),
    }),
  ),
  /** The guest's screen as PNG (QMP screendump), exact pixels. */
  'console.screenshot': request(
    vmRef,
    z.object({ png: z.string(), width: z.number().int(), height: z.number().int() }),
  ),
  /** Presses keys together, as QEMU qcodes (e.g. ["ctrl", "alt", "delete"]). */
  'console.sendKeys': request(
    vmRef.extend({
      keys: z
        .array(z.string().regex(/^[a-z0-9_]+$/))
        .min(1)
        .max(8),
    }),
    nothing,
  ),
  /** One HMP command through QMP's human-monitor-command. */
  'monitor.execute': request(
    vmRef.extend({ command: z.string().min(1).max(4096) }),
    z.object({ output: z.string() }),
  ),
  /** An SSH session to the guest through its forwarded port 22, in a pseudo-terminal on the engine's host. */
  'terminal.open': request(
    vmRef.extend({
      /** Who to log in as; omitted: the sshUser preference; empty: ssh's own default. */
      user: z
        .string()
        .regex(/^([A-Za-z0-9._][A-Za-z0-9._-]{0,31})?$/, 'a user name')
        .optional(),
      identityFile: z.string().startsWith('/', 'must be an absolute path').optional(),
      cols: z.number().int().min(2).max(1000).default(80),
      rows: z.number().int().min(2).max(500).default(24),
    }),
    z.object({ id: z.string(), command: z.array(z.string()) }),
  ),
  'terminal.input': request(terminalRef.extend({ data: z.string().max(65536) }), nothing),
  'terminal.resize': request(
    terminalRef.extend({ cols: z.number().int().min(2).max(1000), rows: z.number().int().min(2).max(500) }),
    nothing,
  ),
  'terminal.ack': request(terminalRef.extend({ bytes: z.number().int().min(0) }), nothing),
  'terminal.close': request(terminalRef, nothing),
  /** Every sampler tick as a `metrics.tick` event, until unsubscribed. */
  'metrics.subscribe': request(nothing, z.object({ intervalMs: z.number() })),
  'metrics.unsubscribe': request(nothing, nothing),
  /** A VM's history over a range (the host's without `vm`): memory at full resolution, then disk tiers. */
  'metrics.history': request(
    z.object({ vm: z.string().min(1).optional(), range: z.enum(metricsRanges).default('1h') }),
    metricsHistorySchema,
  ),
  /**
   * A new VM from this one: "full" copies its disks (with progress, cancellable), "linked" makes
   * overlays on them (the source must be shut down; its disks become shared read-only bases).
   */
  'vm.clone': request(
    vmRef.extend({ name: vmNameSchema, linked: z.boolean().default(false), jobId: jobIdSchema }),
    vmStatusSchema,
  ),
  /** Writes a stopped VM (config + disks as qcow2) to a .vireo bundle at `path`. */
  'vm.export': request(
    vmRef.extend({
      path: z.string().startsWith('/', 'must be an absolute path'),
      compress: z.boolean().default(false),
      jobId: jobIdSchema,
    }),
    z.object({ path: z.string(), bytes: z.number() }),
  ),
  /** A new VM from a .vireo bundle (a new uuid when its own is taken). */
  'vm.import': request(
    z.object({
      path: z.string().startsWith('/', 'must be an absolute path'),
      name: vmNameSchema.optional(),
      jobId: jobIdSchema,
    }),
    vmStatusSchema,
  ),
  /** Long operations under way (and those that ended in the last minute). */
  'job.list': request(nothing, z.array(jobSchema)),
  'job.cancel': request(z.object({ id: z.string().min(1) }), jobSchema),
  'snapshot.list': request(vmRef, snapshotListSchema),
  /** With memory when the VM runs (reverting resumes it exactly there), of its disks when stopped. */
  'snapshot.create': request(
    vmRef.extend({
      name: snapshotNameSchema,
      description: z.string().max(10_000).default(''),
      /** A running VM's memory too (reverting resumes exactly there); false: its disks only. */
      memory: z.boolean().default(true),
      jobId: jobIdSchema,
    }),
    snapshotListSchema,
  ),
  'snapshot.revert': request(
    vmRef.extend({ name: z.string().min(1), jobId: jobIdSchema }),
    snapshotListSchema,
  ),
  'snapshot.delete': request(
    vmRef.extend({ name: z.string().min(1), jobId: jobIdSchema }),
    snapshotListSchema,
  ),
  /** A port forward added to a user-mode NIC; a running VM gets it at once. */
  'forward.add': request(
    vmRef.extend({ forward: portForwardSchema }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  'forward.remove': request(
    vmRef.extend({
      protocol: z.enum(['tcp', 'udp']).default('tcp'),
      hostPort: z.number().int().min(1).max(65535),
    }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  /** Sets a VM's vCPU count; a running VM with room (a maximum vCPU count) changes at once. */
  'vm.setVcpus': request(
    vmRef.extend({ count: z.number().int().min(1).max(255) }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  /** Adds memory; a running VM with room (memory hot-plug) gets a DIMM the guest must online. */
  'vm.addMemory': request(
    vmRef.extend({ sizeMiB: z.number().int().min(1) }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  /** A host folder shared with the guest (from the VM's next start). */
  'share.add': request(
    vmRef.extend({ share: shareSchema }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  'share.remove': request(
    vmRef.extend({ tag: z.string().min(1) }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  /** The host's network bridges, each with what stops a VM from joining it (null: nothing). */
  'host.bridges': request(nothing, z.array(z.object({ name: z.string(), problem: z.string().nullable() }))),
  /** USB devices plugged into the host (to pass through). */
  'host.usbDevices': request(nothing, z.array(hostUsbDeviceSchema)),
  /** A USB device for the VM: kept in its config, and plugged in at once when it runs. */
  'usb.attach': request(
    vmRef.extend({ device: usbAttachSchema }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  'usb.detach': request(
    vmRef.extend({ id: z.string().min(1) }),
    z.object({ status: vmStatusSchema, config: vmConfigSchema }),
  ),
  /** A stopped UEFI VM's variables back to the firmware's template (boot entries, keys, settings). */
  'vm.resetNvram': request(vmRef, vmStatusSchema),
  /** What the running guest's agent says now: OS, hostname, interfaces with addresses and counters. */
  'agent.info': request(vmRef, guestAgentInfoSchema),
} as const;

export const events = {
  'vm.stateChanged': vmStatusSchema,
  'vm.added': vmStatusSchema,
  'vm.removed': z.object({ uuid: z.string(), name: z.string() }),
  'preferences.changed': preferencesSchema,
  'vm.timeline': z.object({ uuid: z.string(), entry: timelineEntrySchema }),
  'engine.error': errorPayloadSchema.extend({ uuid: z.string().optional() }),
  /** Console bytes, base64, sent only to clients that subscribed to that console. */
  'serial.output': z.object({ uuid: z.string(), port: z.string(), data: z.string() }),
  /** SSH terminal bytes (UTF-8 text), to the client that opened it; acknowledge with terminal.ack. */
  'terminal.output': z.object({ id: z.string(), data: z.string() }),
  /** One sampler tick: the host and every running VM; only to clients that subscribed. */
  'metrics.tick': metricsTickSchema,
  /** A long operation started, progressed or ended. */
  'job.updated': jobSchema,
  'terminal.exit': z.object({ id: z.string(), code: z.number().nullable(), message: z.string() }),
} as const;

export type RequestName = keyof typeof requests;
export type EventName = keyof typeof events;
export type RequestParams<N extends RequestName> = z.input<(typeof requests)[N]['params']>;
export type ParsedParams<N extends RequestName> = z.output<(typeof requests)[N]['params']>;
export type RequestResult<N extends RequestName> = z.output<(typeof requests)[N]['result']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const requestNames = Object.keys(requests) as RequestName[];
export const eventNames = Object.keys(events) as EventName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** What the engine implements: one handler per request, receiving validated params. */
export type ContractHandlers<Ctx = void> = {
  [N in RequestName]: (params: ParsedParams<N>, context: Ctx) => Promise<RequestResult<N>>;
};

/** What every client (CLI, renderer) sees, whatever the transport. */
export interface ContractClient {
  invoke<N extends RequestName>(name: N, params: RequestParams<N>): Promise<RequestResult<N>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  close(): void;
}
