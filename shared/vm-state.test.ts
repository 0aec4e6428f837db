import { describe, expect, it } from 'vitest';
import {
  allowedOperations,
  isActive,
  isOperationAllowed,
  vmOperations,
  vmStates,
  type VmOperation,
  type VmState,
} from './vm-state';

/**
 * The lifecycle, written out independently of the implementation: which operations each state
 * accepts, and whether a QEMU process exists in it.
 */
const expected: Record<VmState, { active: boolean; operations: VmOperation[] }> = {
  stopped: { active: false, operations: ['start', 'delete', 'edit', 'snapshot', 'clone', 'export'] },
  crashed: { active: false, operations: ['start', 'delete', 'edit', 'snapshot', 'clone', 'export'] },
  broken: { active: false, operations: ['delete'] },
  starting: { active: true, operations: ['forceOff'] },
  running: {
    active: true,
    operations: ['pause', 'shutdown', 'reboot', 'forceOff', 'edit', 'snapshot', 'save'],
  },
  paused: { active: true, operations: ['resume', 'forceOff', 'edit', 'snapshot', 'clone', 'save'] },
  'shutting-down': { active: true, operations: ['forceOff'] },
  saved: { active: false, operations: ['start', 'delete', 'discardSaved'] },
  panicked: { active: true, operations: ['reboot', 'forceOff'] },
};

const matrix = vmStates.flatMap((state) =>
  vmOperations.map((operation) => ({
    state,
    operation,
    allowed: expected[state].operations.includes(operation),
  })),
);

describe('VM lifecycle rules', () => {
  it('the expected table covers every state and only known operations', () => {
    expect(Object.keys(expected).sort()).toEqual([...vmStates].sort());
    for (const { operations } of Object.values(expected)) {
      for (const operation of operations) expect(vmOperations).toContain(operation);
    }
    expect(matrix).toHaveLength(vmStates.length * vmOperations.length);
  });

  describe('isOperationAllowed, for every state × operation', () => {
    it.each(matrix)('$state + $operation → $allowed', ({ state, operation, allowed }) => {
      expect(isOperationAllowed(state, operation)).toBe(allowed);
    });
  });

  describe('allowedOperations', () => {
    it.each(vmStates)('%s allows exactly the expected operations', (state) => {
      expect([...allowedOperations(state)].sort()).toEqual([...expected[state].operations].sort());
    });

    it.each(vmStates)('%s: allowedOperations agrees with isOperationAllowed', (state) => {
      const fromPredicate = vmOperations.filter((operation) => isOperationAllowed(state, operation));
      expect([...allowedOperations(state)].sort()).toEqual([...fromPredicate].sort());
    });
  });

  describe('isActive', () => {
    it.each(vmStates)('%s', (state) => {
      expect(isActive(state)).toBe(expected[state].active);
    });
  });

  describe('invariants', () => {
    it('every active state can be forced off, and no inactive one can', () => {
      for (const state of vmStates) expect(isOperationAllowed(state, 'forceOff')).toBe(isActive(state));
    });

    it('only inactive VMs can be started or deleted', () => {
      for (const state of vmStates.filter(isActive)) {
        expect(isOperationAllowed(state, 'start')).toBe(false);
        expect(isOperationAllowed(state, 'delete')).toBe(false);
      }
    });

    it('a broken VM can only be deleted', () => {
      expect(allowedOperations('broken')).toEqual(['delete']);
    });
  });
});
