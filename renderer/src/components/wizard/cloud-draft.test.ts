import { describe, expect, it } from 'vitest';
import { cloudImageKind, hostnameOf, keyLines, packageNames, suggestHostname } from './cloud-draft';

describe('suggestHostname', () => {
  it('makes a host name of the VM’s name: lowercase, hyphens', () => {
    expect(suggestHostname('vm1')).toBe('vm1');
    expect(suggestHostname('Web Server 2')).toBe('web-server-2');
    expect(suggestHostname('ubuntu24.04')).toBe('ubuntu24-04');
    expect(suggestHostname('  --Café_Büro--  ')).toBe('cafe-buro');
    expect(suggestHostname('数据库')).toBe('vm');
    expect(suggestHostname(`${'a'.repeat(62)} b`)).toBe('a'.repeat(62));
  });

  it('follows the name until the user types a host name', () => {
    expect(hostnameOf({ hostname: '', hostnameEdited: false }, 'My VM')).toBe('my-vm');
    expect(hostnameOf({ hostname: 'db', hostnameEdited: true }, 'My VM')).toBe('db');
  });
});

describe('cloud-init text fields', () => {
  it('tells a URL from a path', () => {
    expect(cloudImageKind('https://x/a.img')).toBe('url');
    expect(cloudImageKind(' ftp://x/a.img')).toBe('url');
    expect(cloudImageKind('/img/a.img')).toBe('path');
    expect(cloudImageKind('img/a.img')).toBe('path');
  });

  it('reads one key a line, and packages separated by spaces', () => {
    expect(keyLines('a\r\n\n  b  \n')).toEqual([
      { number: 1, text: 'a' },
      { number: 3, text: 'b' },
    ]);
    expect(packageNames(' htop\tcurl, vim ')).toEqual(['htop', 'curl', 'vim']);
    expect(packageNames('')).toEqual([]);
  });
});
