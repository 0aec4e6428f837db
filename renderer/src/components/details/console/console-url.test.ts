import { describe, expect, it } from 'vitest';
import { consoleUrl } from './console-url';

const ticket = { ticket: 'a+b/c', path: '/vnc', proxyPort: 40123 };

describe('consoleUrl', () => {
  it('goes to the loopback proxy in the desktop app', () => {
    expect(consoleUrl(ticket, { desktop: true, protocol: 'file:', host: '' })).toBe(
      'ws://127.0.0.1:40123/vnc?ticket=a%2Bb%2Fc',
    );
  });

  it('stays on the same origin in web mode, secure when the page is', () => {
    expect(consoleUrl(ticket, { desktop: false, protocol: 'http:', host: '127.0.0.1:8080' })).toBe(
      'ws://127.0.0.1:8080/vnc?ticket=a%2Bb%2Fc',
    );
    expect(consoleUrl(ticket, { desktop: false, protocol: 'https:', host: 'vm.example:443' })).toBe(
      'wss://vm.example:443/vnc?ticket=a%2Bb%2Fc',
    );
  });
});
