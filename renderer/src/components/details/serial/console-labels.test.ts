import { describe, expect, it } from 'vitest';
import { consoleIds } from '../../../../../shared/vm-consoles';
import { en } from '../../../i18n/en';
import { zhCN } from '../../../i18n/zh-CN';
import { consoleLabel } from './console-labels';
import { logFileName } from './save-log';

describe('consoleLabel', () => {
  it('names each console of a VM, in its tab order', () => {
    const ids = consoleIds({
      serial: true,
      extraConsoles: [
        { id: 'serial1', kind: 'serial' },
        { id: 'console0', kind: 'virtio' },
      ],
    });
    expect(ids.map((id) => consoleLabel(id, en))).toEqual(['Serial 0', 'Serial 1', 'Console 0']);
    expect(ids.map((id) => consoleLabel(id, zhCN))).toEqual(['串口 0', '串口 1', '控制台 0']);
  });

  it('shows an unknown id as it is', () => {
    expect(consoleLabel('parallel0', en)).toBe('parallel0');
  });
});

describe('logFileName', () => {
  it('is <vm>-<port>.log', () => {
    expect(logFileName('s1', 'serial0')).toBe('s1-serial0.log');
    expect(logFileName('a/b', 'console1')).toBe('a_b-console1.log');
  });
});
