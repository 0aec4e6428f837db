import { describe, expect, it } from 'vitest';
import { fakeVm } from '../../store/testing/fake-contract-client';
import { matchesFilter, visibleVms } from './filter-sort';

const debian = fakeVm({
  uuid: 'u1',
  name: 'debian-12',
  state: 'stopped',
  os: { id: 'http://debian.org/debian/12', name: 'Debian 12', family: 'linux' },
});
const win = fakeVm({ uuid: 'u2', name: 'Win11', state: 'running' });
const vm10 = fakeVm({ uuid: 'u3', name: 'vm10', state: 'crashed' });
const vm9 = fakeVm({ uuid: 'u4', name: 'vm9', state: 'paused' });
const all = [debian, win, vm10, vm9];
const names = (vms: { name: string }[]) => vms.map((vm) => vm.name);

describe('matchesFilter', () => {
  it('matches any case, in the name or the OS name, every word', () => {
    expect(matchesFilter(debian, 'DEB')).toBe(true);
    expect(matchesFilter(debian, 'debian 12')).toBe(true);
    expect(matchesFilter(debian, 'deb win')).toBe(false);
    expect(matchesFilter(win, '  ')).toBe(true);
    expect(matchesFilter(fakeVm({ uuid: 'u', name: '中文虚拟机' }), '虚拟')).toBe(true);
  });
});

describe('visibleVms', () => {
  it('sorts by name, numbers in order, ignoring case', () => {
    expect(names(visibleVms(all, '', 'name'))).toEqual(['debian-12', 'vm9', 'vm10', 'Win11']);
  });

  it('sorts by state: running, paused, … failures, then stopped; by name within a state', () => {
    const again = fakeVm({ uuid: 'u5', name: 'alpha', state: 'running' });
    expect(names(visibleVms([...all, again], '', 'state'))).toEqual([
      'alpha',
      'Win11',
      'vm9',
      'vm10',
      'debian-12',
    ]);
  });

  it('filters, and never reorders its input', () => {
    const input = [...all];
    expect(names(visibleVms(input, 'vm', 'name'))).toEqual(['vm9', 'vm10']);
    expect(input).toEqual(all);
  });

  it('sorts 500 VMs quickly enough for every keystroke', () => {
    const many = Array.from({ length: 500 }, (_, i) => fakeVm({ uuid: `u${i}`, name: `vm-${500 - i}` }));
    const started = performance.now();
    const shown = visibleVms(many, '1', 'name');
    expect(performance.now() - started).toBeLessThan(50);
    expect(shown[0]?.name).toBe('vm-1');
  });
});
