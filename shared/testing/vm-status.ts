import type { VmStatus } from '../vm-state';

/** A stopped VM's status, for tests; override what the test is about. */
export function vmStatus(overrides: Partial<VmStatus> = {}): VmStatus {
  return {
    uuid: '3f2b8c1e-9a4d-4e6f-8b2a-1c5d7e9f0a3b',
    name: 'web',
    state: 'stopped',
    memoryMiB: 1024,
    vcpus: 2,
    pid: null,
    startedAt: null,
    accel: null,
    sockets: null,
    lastExit: null,
    os: null,
    needsRestart: false,
    clipboardAgent: false,
    guestAgent: 'none',
    panic: null,
    ...overrides,
  };
}
