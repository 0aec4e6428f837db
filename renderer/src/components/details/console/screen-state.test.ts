import { describe, expect, it } from 'vitest';
import { screenState } from './screen-state';

describe('screenState', () => {
  it('is stopped whenever no QEMU runs', () => {
    expect(screenState('stopped', true, 'connected')).toBe('stopped');
    expect(screenState('crashed', undefined, 'waiting')).toBe('stopped');
    expect(screenState('broken', false, 'connecting')).toBe('stopped');
  });

  it('is disconnected with VNC off, or between reconnection attempts', () => {
    expect(screenState('running', false, 'connected')).toBe('disconnected');
    expect(screenState('running', true, 'waiting')).toBe('disconnected');
  });

  it('follows the session once the VM serves its screen', () => {
    expect(screenState('starting', true, 'connected')).toBe('connecting');
    expect(screenState('running', undefined, 'connected')).toBe('connecting');
    expect(screenState('running', true, 'connecting')).toBe('connecting');
    expect(screenState('paused', true, 'connected')).toBe('connected');
  });
});
