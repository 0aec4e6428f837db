import type { Session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { hardenSession } from '../session-policy';
import { resetFakeElectron, session } from './fake-electron';

describe('session policy', () => {
  beforeEach(() => {
    resetFakeElectron();
    hardenSession(session.defaultSession as unknown as Session);
  });

  it("denies every permission request but the console's clipboard write and full screen", () => {
    const request = session.defaultSession.permissionRequestHandler as unknown as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    }
    for (const permission of ['clipboard-sanitized-write', 'fullscreen']) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([true]);
    }
  });

  it('denies every permission check but the same two', () => {
    const check = session.defaultSession.permissionCheckHandler as unknown as (...args: unknown[]) => boolean;
    for (const permission of ['media', 'clipboard-read', 'serial', 'notifications']) {
      expect(check(null, permission, 'file://', {})).toBe(false);
    }
    expect(check(null, 'clipboard-sanitized-write', 'file://', {})).toBe(true);
    expect(check(null, 'fullscreen', 'file://', {})).toBe(true);
  });

  it('adds the CSP header to every response, keeping the other headers', () => {
    const listener = session.defaultSession.headersListener;
    const answers: unknown[] = [];
    listener?.({ url: 'http://localhost:5173/', responseHeaders: { 'Content-Type': ['text/html'] } }, (r) =>
      answers.push(r),
    );
    expect(answers).toEqual([
      {
        responseHeaders: {
          'Content-Type': ['text/html'],
          'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        },
      },
    ]);
  });
});
