import { spawn, type ChildProcess } from 'node:child_process';
import { VIREO_BIN } from './run-cli';

/** `vireo engine` as a separate process, as the app or web mode would run it. */
export function spawnEngineProcess(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VIREO_BIN, 'engine'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('serving')) {
        child.stdout?.off('data', onData);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`vireo engine exited (${code}): ${output}`)));
  });
}
