// `npm start`: build if needed, then open the desktop app. Where Electron cannot start (no binary
// installed, no display) say so in one line and serve web mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html', 'dist/cli.js'];
const sources = ['shared', 'electron', 'renderer', 'package.json', 'electron.vite.config.ts'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function needsBuild() {
  if (!outputs.every((file) => existsSync(join(root, file)))) return true;
  const built = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  return sources.some((source) => newestMtime(join(root, source)) > built);
}

/** The Electron binary, or why there is none. Requiring 'electron' downloads a missing binary. */
function electronBinary() {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  const installed =
    existsSync(pathFile) &&
    existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8')));
  if (!installed && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return { why: 'no Electron binary is installed' };
  try {
    return { binary: createRequire(import.meta.url)('electron') };
  } catch {
    return { why: 'no Electron binary is installed' };
  }
}

if (needsBuild()) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const { binary, why: reason } = hasDisplay ? electronBinary() : { why: 'there is no display' };
const [command, args] = reason
  ? [process.execPath, [join(root, 'bin/vireo.js'), 'web', ...process.argv.slice(2)]]
  : [binary, [root, ...process.argv.slice(2)]];
if (reason)
  process.stdout.write(`Vireo: the desktop app cannot start here (${reason}); serving web mode instead.\n`);
const child = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
