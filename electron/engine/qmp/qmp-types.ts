/** The QMP commands and events Vireo uses, typed after QEMU 7.2's QAPI schema. */

export type QmpRunState =
  | 'debug'
  | 'inmigrate'
  | 'internal-error'
  | 'io-error'
  | 'paused'
  | 'postmigrate'
  | 'prelaunch'
  | 'finish-migrate'
  | 'restore-vm'
  | 'running'
  | 'save-vm'
  | 'shutdown'
  | 'suspended'
  | 'watchdog'
  | 'guest-panicked'
  | 'colo';

export interface QmpCommands {
  qmp_capabilities: { args: Record<string, never>; result: Record<string, never> };
  'query-status': { args: Record<string, never>; result: { status: QmpRunState; running: boolean } };
  'query-name': { args: Record<string, never>; result: { name?: string } };
  'query-uuid': { args: Record<string, never>; result: { UUID: string } };
  'query-version': {
    args: Record<string, never>;
    result: { qemu: { major: number; minor: number; micro: number }; package: string };
  };
  stop: { args: Record<string, never>; result: Record<string, never> };
  cont: { args: Record<string, never>; result: Record<string, never> };
  system_powerdown: { args: Record<string, never>; result: Record<string, never> };
  system_reset: { args: Record<string, never>; result: Record<string, never> };
  quit: { args: Record<string, never>; result: Record<string, never> };
  'human-monitor-command': { args: { 'command-line': string }; result: string };
  'blockdev-change-medium': {
    args: {
      id: string;
      filename: string;
      format: string;
      'read-only-mode': 'retain' | 'read-only' | 'read-write';
    };
    result: Record<string, never>;
  };
  eject: { args: { id: string; force: boolean }; result: Record<string, never> };
  screendump: { args: { filename: string; format: 'png' | 'ppm' }; result: Record<string, never> };
  'send-key': { args: { keys: Array<{ type: 'qcode'; data: string }> }; result: Record<string, never> };
  'query-chardev': {
    args: Record<string, never>;
    result: Array<{ label: string; filename: string; 'frontend-open': boolean }>;
  };
  'query-cpus-fast': {
    args: Record<string, never>;
    result: Array<{ 'cpu-index': number; 'thread-id': number }>;
  };
  'query-blockstats': { args: Record<string, never>; result: QmpBlockStats[] };
  'snapshot-save': {
    args: { 'job-id': string; tag: string; vmstate: string; devices: string[] };
    result: Record<string, never>;
  };
  'snapshot-load': {
    args: { 'job-id': string; tag: string; vmstate: string; devices: string[] };
    result: Record<string, never>;
  };
  'snapshot-delete': {
    args: { 'job-id': string; tag: string; devices: string[] };
    result: Record<string, never>;
  };
  'query-jobs': { args: Record<string, never>; result: unknown[] };
  'job-dismiss': { args: { id: string }; result: Record<string, never> };
  'blockdev-add': {
    args: Record<string, unknown> & { driver: string; 'node-name': string };
    result: Record<string, never>;
  };
  block_resize: { args: { 'node-name': string; size: number }; result: Record<string, never> };
  'blockdev-del': { args: { 'node-name': string }; result: Record<string, never> };
  device_del: { args: { id: string }; result: Record<string, never> };
  'query-hotpluggable-cpus': {
    args: Record<string, never>;
    result: Array<{
      type: string;
      'vcpus-count': number;
      props: Record<string, number>;
      'qom-path'?: string;
    }>;
  };
  'object-add': {
    args: Record<string, unknown> & { 'qom-type': string; id: string };
    result: Record<string, never>;
  };
  'object-del': { args: { id: string }; result: Record<string, never> };
  netdev_add: { args: Record<string, unknown> & { type: string; id: string }; result: Record<string, never> };
  netdev_del: { args: { id: string }; result: Record<string, never> };
  transaction: {
    args: { actions: Array<{ type: string; data: Record<string, unknown> }> };
    result: Record<string, never>;
  };
  'query-memory-devices': {
    args: Record<string, never>;
    result: Array<{ type: string; data: { id?: string; size: number; memdev: string } }>;
  };
  device_add: {
    args: Record<string, unknown> & { driver: string; id: string };
    result: Record<string, never>;
  };
  'chardev-remove': { args: { id: string }; result: Record<string, never> };
  'chardev-add': {
    args: { id: string; backend: { type: string; data: Record<string, unknown> } };
    result: unknown;
  };
  'qom-list': { args: { path: string }; result: Array<{ name: string; type: string }> };
  migrate: { args: { uri: string }; result: Record<string, never> };
  'migrate-incoming': { args: { uri: string }; result: Record<string, never> };
  migrate_cancel: { args: Record<string, never>; result: Record<string, never> };
  'migrate-set-parameters': { args: { 'max-bandwidth'?: number }; result: Record<string, never> };
  'query-migrate': {
    args: Record<string, never>;
    result: {
      status?: string;
      'error-desc'?: string;
      ram?: { transferred: number; total: number; remaining: number };
    };
  };
  'qom-get': { args: { path: string; property: string }; result: unknown };
  'qom-set': { args: { path: string; property: string; value: unknown }; result: Record<string, never> };
}

export interface QmpBlockStats {
  device?: string;
  qdev?: string;
  'node-name'?: string;
  stats: { rd_bytes: number; wr_bytes: number; rd_operations: number; wr_operations: number };
}

/** qom-get of a virtio-balloon's guest-stats; a stat the guest does not report is -1. */
export interface QmpBalloonStats {
  stats: Record<string, number>;
  'last-update': number;
}

export type QmpCommandName = keyof QmpCommands;

export interface QmpEvents {
  SHUTDOWN: { guest: boolean; reason: string };
  POWERDOWN: Record<string, never>;
  RESET: { guest: boolean; reason: string };
  STOP: Record<string, never>;
  RESUME: Record<string, never>;
  GUEST_PANICKED: { action: string };
  VSERPORT_CHANGE: { id: string; open: boolean };
}

export interface QmpEvent {
  event: string;
  data: Record<string, unknown>;
  timestamp: { seconds: number; microseconds: number };
}

export interface QmpGreeting {
  version: { qemu: { major: number; minor: number; micro: number }; package: string };
  capabilities: string[];
}
