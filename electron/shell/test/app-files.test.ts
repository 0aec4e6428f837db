import { describe, expect, it } from 'vitest';
import { appFiles, isOwnRendererUrl, isWebUrl } from '../app-files';

describe('app files', () => {
  it('finds the preload and the built renderer next to out/main', () => {
    expect(appFiles('/opt/vireo/out/main', {}, true)).toEqual({
      preload: '/opt/vireo/out/preload/preload.cjs',
      renderer: { kind: 'file', file: '/opt/vireo/out/renderer/index.html' },
    });
  });

  it("uses electron-vite's dev server only unpackaged, and only on loopback http(s)", () => {
    const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(appFiles('/o/main', dev, false).renderer).toEqual({ kind: 'dev', url: 'http://localhost:5173/' });
    expect(appFiles('/o/main', dev, true).renderer.kind).toBe('file');
    for (const url of ['https://evil.example:5173', 'file:///tmp/x.html', 'not a url']) {
      expect(appFiles('/o/main', { ELECTRON_RENDERER_URL: url }, false).renderer.kind).toBe('file');
    }
  });

  it('knows our own renderer URL: the same file, or the dev server origin', () => {
    const file = { kind: 'file', file: '/opt/my vireo/out/renderer/index.html' } as const;
    expect(isOwnRendererUrl('file:///opt/my%20vireo/out/renderer/index.html', file)).toBe(true);
    expect(isOwnRendererUrl('file:///opt/my%20vireo/out/renderer/index.html#/vms?x=1', file)).toBe(true);
    expect(isOwnRendererUrl('file:///opt/my%20vireo/out/renderer/other.html', file)).toBe(false);
    expect(isOwnRendererUrl('file://host/opt/my%20vireo/out/renderer/index.html', file)).toBe(false);
    expect(isOwnRendererUrl('https://evil.example/opt/my%20vireo/out/renderer/index.html', file)).toBe(false);
    expect(isOwnRendererUrl('nonsense', file)).toBe(false);
    const dev = { kind: 'dev', url: 'http://localhost:5173/' } as const;
    expect(isOwnRendererUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isOwnRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnRendererUrl('file:///opt/my%20vireo/out/renderer/index.html', dev)).toBe(false);
  });

  it('hands only http(s) URLs to the system browser', () => {
    expect(isWebUrl('https://www.qemu.org/docs/')).toBe(true);
    expect(isWebUrl('http://example.com')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'mailto:a@b.c', '']) {
      expect(isWebUrl(url)).toBe(false);
    }
  });
});
