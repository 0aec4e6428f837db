import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { Engine } from '../engine/engine';
import { createTempHome, type TempHome } from '../../e2e/support/temp-home';
import { startWebServer, type WebServer } from './web-server';
import { tokensEqual } from './web-token';

const TOKEN = 'test-token-0123456789';
let home: TempHome;
let engine: Engine;
let web: WebServer;
let rendererDir: string;

beforeEach(async () => {
  home = createTempHome('vireo-web-');
  rendererDir = mkdtempSync(join(tmpdir(), 'vireo-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Vireo</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  engine = await Engine.open({ paths: home.paths, env: home.env, kind: 'web', version: 'test' });
  web = await startWebServer({ engine, host: '127.0.0.1', port: 0, token: TOKEN, rendererDir });
});

afterEach(async () => {
  await web.close();
  await engine.close();
  home.remove();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: web.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const origin = () => `http://127.0.0.1:${web.port}`;
const cookie = `vireo_token=${TOKEN}`;

function openSocket(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${web.port}/ws`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function call(ws: WebSocket, id: number, method: string, params: unknown): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as Record<string, unknown>;
      if (frame.id !== id) return;
      ws.off('message', onMessage);
      resolve(frame);
    };
    ws.on('message', onMessage);
    ws.send(typeof params === 'string' ? params : JSON.stringify({ id, method, params }));
  });
}

describe('web mode security', () => {
  it('answers 401 to the page, an asset and the WebSocket without the token, or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/assets/app.js')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/', { Cookie: 'vireo_token=wrong' })).status).toBe(401);
    await expect(openSocket({ Origin: origin() })).rejects.toThrow('HTTP 401');
    await expect(openSocket({ Origin: origin(), Cookie: 'vireo_token=wrong' })).rejects.toThrow('HTTP 401');
  });

  it('trades the URL token for an HttpOnly SameSite cookie, then serves the UI with its CSP', async () => {
    const first = await get(`/?token=${TOKEN}`);
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toMatch(
      /^vireo_token=test-token-0123456789; HttpOnly; SameSite=Strict; Path=\//,
    );
    const page = await get('/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Vireo</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await get('/assets/app.js', { Cookie: cookie })).body).toBe('console.log(1)');
  });

  it('refuses a Host header it does not serve (DNS rebinding)', async () => {
    expect((await get('/', { Cookie: cookie, Host: `evil.example:${web.port}` })).status).toBe(421);
  });

  it('refuses a WebSocket from a foreign Origin, or with none, even with the token', async () => {
    await expect(openSocket({ Cookie: cookie, Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(openSocket({ Cookie: cookie })).rejects.toThrow('HTTP 403');
  });

  it('answers a bad payload with a typed validation error and changes nothing', async () => {
    const ws = await openSocket({ Cookie: cookie, Origin: origin() });
    const bad = await call(ws, 1, 'vm.create', { name: 'x', memoryMiB: -1 });
    expect(bad.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^memoryMiB: /),
    });
    const unknown = await call(ws, 2, 'vm.explode', {});
    expect(unknown.error).toMatchObject({ code: 'INVALID_INPUT', message: 'unknown request "vm.explode"' });
    const garbage = await call(ws, 0, '', '{not json');
    expect(garbage.error).toMatchObject({ code: 'INVALID_INPUT' });
    const list = await call(ws, 3, 'vm.list', {});
    expect(list.result).toEqual([]);
    ws.close();
  });

  it('keeps every tab live: a VM created in one appears in the other', async () => {
    const a = await openSocket({ Cookie: cookie, Origin: origin() });
    const b = await openSocket({ Cookie: cookie, Origin: origin() });
    const added = new Promise<Record<string, unknown>>((resolve) =>
      b.on('message', (data: Buffer) => {
        const frame = JSON.parse(data.toString()) as Record<string, unknown>;
        if (frame.event === 'vm.added') resolve(frame.payload as Record<string, unknown>);
      }),
    );
    const created = await call(a, 1, 'vm.create', { name: 'shared', memoryMiB: 64, network: 'none' });
    expect(created.result).toMatchObject({ name: 'shared', state: 'stopped' });
    expect(await added).toMatchObject({ name: 'shared' });
    a.close();
    b.close();
  });
});

describe('tokensEqual', () => {
  it('is true only for the same token, whatever the lengths', () => {
    expect(tokensEqual(TOKEN, TOKEN)).toBe(true);
    expect(tokensEqual(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensEqual('', TOKEN)).toBe(false);
  });
});

describe('web mode console proxy', () => {
  it('refuses /vnc without the web token, from a foreign Origin, or without a valid ticket', async () => {
    const attempt = (headers: Record<string, string>, query = '') =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${web.port}/vnc${query}`, ['binary'], { headers });
        ws.once('open', () => resolve('open'));
        ws.once('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode}`));
        ws.once('error', () => undefined);
      });
    expect(await attempt({ Origin: origin() }, '?ticket=x')).toBe('HTTP 401');
    expect(await attempt({ Cookie: cookie, Origin: 'http://evil.example' }, '?ticket=x')).toBe('HTTP 403');
    expect(await attempt({ Cookie: cookie, Origin: origin() }, '?ticket=made-up')).toBe('HTTP 403');
    expect(await attempt({ Cookie: cookie, Origin: origin() })).toBe('HTTP 403');
  });
});
