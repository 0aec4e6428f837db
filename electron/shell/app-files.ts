import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the renderer comes from: the built index.html, or electron-vite's dev server. */
export type RendererLocation = { kind: 'file'; file: string } | { kind: 'dev'; url: string };

export interface AppFiles {
  /** out/preload/preload.cjs */
  preload: string;
  renderer: RendererLocation;
}

/**
 * The files of the built app, found from out/main/ (where main.js runs). The dev server URL that
 * electron-vite sets is used only by an unpackaged app, and only when it is a loopback http(s) URL.
 */
export function appFiles(mainDir: string, env: NodeJS.ProcessEnv, isPackaged: boolean): AppFiles {
  const devUrl = isPackaged ? undefined : loopbackUrl(env.ELECTRON_RENDERER_URL);
  return {
    preload: join(mainDir, '../preload/preload.cjs'),
    renderer: devUrl
      ? { kind: 'dev', url: devUrl }
      : { kind: 'file', file: join(mainDir, '../renderer/index.html') },
  };
}

/** True for our renderer's own page: the same file (any query or hash), or the dev server's origin. */
export function isOwnRendererUrl(url: string, renderer: RendererLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (renderer.kind === 'dev') return parsed.origin === new URL(renderer.url).origin;
  return (
    parsed.protocol === 'file:' &&
    parsed.host === '' &&
    parsed.pathname === pathToFileURL(renderer.file).pathname
  );
}

/** True only for http: and https: URLs, the only ones handed to the system browser. */
export function isWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

function loopbackUrl(value: string | undefined): string | undefined {
  const parsed = value ? parseUrl(value) : undefined;
  if (!parsed || !isWebUrl(parsed.href)) return undefined;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) ? parsed.href : undefined;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
