import { describe, expect, it } from 'vitest';
import { screenshotName } from './screenshot-file';

describe('screenshotName', () => {
  it('is the VM name and a local timestamp', () => {
    expect(screenshotName('web-1', new Date(2025, 2, 4, 9, 5, 7))).toBe('web-1-20250304-090507.png');
  });

  it('keeps the name usable as a file name', () => {
    expect(screenshotName('a/b c', new Date(2025, 0, 1, 0, 0, 0))).toBe('a_b_c-20250101-000000.png');
  });
});
