import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { pidsMentioning } from '../../e2e/support/processes';
import { guestCreateArgs } from '../../e2e/support/guest-vm';
import { runCli } from '../../e2e/support/run-cli';
import { seedVms } from '../../e2e/support/seed-vms';
import { createTempHome, type TempHome } from '../../e2e/support/temp-home';
import { waitUntil } from '../../e2e/support/wait';

const guest = inject('testGuest');
let home: TempHome | undefined;

afterEach(async () => {
  if (!home) return;
  const list = await runCli(['list', '--json'], home.env);
  for (const vm of JSON.parse(list.stdout) as Array<{ name: string; pid: number | null }>) {
    if (vm.pid !== null) await runCli(['stop', vm.name, '--force'], home.env);
  }
  home.remove();
  home = undefined;
});

async function serialHistory(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  return (await runCli(['serial', name], env)).stdout;
}

describe('vireo CLI against real QEMU (TCG)', () => {
  it('runs a VM named with a comma, a space and Chinese from an ISO whose path has a comma', async () => {
    home = createTempHome();
    const isoDir = join(home.dir, 'isos, old');
    mkdirSync(isoDir);
    const iso = join(isoDir, 'test,guest=1.iso');
    copyFileSync(guest.iso, iso);
    const name = 'web, db 服务器';
    const env = home.env;

    const created = await runCli(
      ['create', '--name', name, '--memory', '256', '--cpus', '1', '--iso', iso, '--disk', '64M'],
      home.env,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created VM "${name}"`);

    const args = await runCli(['args', name, '--json'], home.env);
    const argv = JSON.parse(args.stdout) as string[];
    expect(argv).toContain(`guest=web,, db 服务器,debug-threads=on`);
    expect(argv.some((arg) => arg.includes(JSON.stringify(iso)))).toBe(true);

    const started = await runCli(['start', name], home.env);
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/^Started "web, db 服务器" \(pid \d+, tcg\)/);

    // The CLI has exited; the VM keeps running and its serial output lands in the history.
    // (Typing before the shell's prompt appears would be lost: nobody reads the tty yet.)
    await waitUntil(
      'the ISO guest to boot',
      async () => (await serialHistory(name, env)).includes(GUEST_PROMPT),
      90_000,
      500,
    );
    const status = JSON.parse((await runCli(['status', name, '--json'], home.env)).stdout) as Record<
      string,
      unknown
    >;
    expect(status).toMatchObject({ name, state: 'running', accel: 'tcg' });
    expect(status.uptimeSeconds).toBeGreaterThanOrEqual(0);

    const sent = await runCli(['serial', name, '--send', 'echo hello-$((6*7))'], home.env);
    expect(sent.code).toBe(0);
    await waitUntil(
      'the guest to answer',
      async () => (await serialHistory(name, env)).includes('hello-42'),
      30_000,
      300,
    );

    const shutdown = await runCli(['shutdown', name, '--timeout', '60'], home.env);
    expect(shutdown.code).toBe(0);
    expect(shutdown.stdout).toContain('is stopped');

    const deleted = await runCli(['delete', name], home.env);
    expect(deleted.code).toBe(0);
    expect(readdirSync(join(home.dir, 'data', 'vms'))).toEqual([]);
    expect(existsSync(iso)).toBe(true);
  });

  it('refuses bad input with exit 2 and one clear line, creating nothing', async () => {
    home = createTempHome();
    const env = home.env;
    const ok = await runCli(
      ['create', '--name', 'taken', '--memory', '64', '--net', 'user', '--forward', 'tcp:22222:22'],
      env,
    );
    expect(ok.code).toBe(0);

    const cases: Array<[string[], RegExp]> = [
      [['start', 'nope'], /no VM named "nope"/],
      [['create', '--name', 'a/b'], /must not contain "\/"/],
      [['create', '--name', '..'], /must not be "\.\."/],
      [['create', '--name', 'x', '--memory', '-5'], /--memory must be between 16/],
      [['create', '--name', 'x', '--memory', '99999999'], /--memory must be between 16/],
      [['create', '--name', 'x', '--memory', '4000000'], /more than this host has/],
      [['create', '--name', 'x', '--iso', '/no/such.iso'], /ISO file does not exist.*\/no\/such\.iso/],
      [['create', '--name', 'x', '--kernel', '/no/vmlinuz'], /kernel file does not exist/],
      [['create', '--name', 'taken'], /a VM named "taken" already exists/],
      [
        ['create', '--name', 'x', '--forward', 'tcp:22222:80'],
        /host port tcp:22222 is already forwarded by VM "taken"/,
      ],
      [['create', '--name', 'x', '--forward', 'tcp:3000:80', '--forward', 'tcp:3000:81'], /forwarded twice/],
      [['create', '--name', 'x', '--disk', 'lots'], /--disk must be a size/],
      [['create', '--name', 'x', '--accel', 'warp'], /--accel must be one of auto, kvm, tcg/],
      [['stop', 'taken'], /add --force/],
      [['list', '--bogus'], /unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, env);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')[0]).toMatch(/^vireo: /);
    }
    const list = JSON.parse((await runCli(['list', '--json'], env)).stdout) as Array<{ name: string }>;
    expect(list.map((vm) => vm.name)).toEqual(['taken']);
    expect(readdirSync(join(home.dir, 'data', 'vms'))).toHaveLength(1);
  });

  it('starts a VM exactly once when two start commands race', async () => {
    home = createTempHome();
    const env = home.env;
    await runCli(guestCreateArgs(guest, 'race'), env);
    const [a, b] = await Promise.all([runCli(['start', 'race'], env), runCli(['start', 'race'], env)]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    expect(`${a.stderr}${b.stderr}`).toContain('cannot start "race": it is running');
    const status = JSON.parse((await runCli(['status', 'race', '--json'], env)).stdout) as { pid: number };
    const qemus = pidsMentioning(`${home.dir}/run/vms/`).filter((pid) => pid !== process.pid);
    expect(qemus).toEqual([status.pid]);
  });
});

describe('vireo list --json with many VMs', () => {
  it('hands a pipe reader the whole answer before exiting', async () => {
    home = createTempHome();
    await seedVms(home.paths, 500);
    const result = await runCli(['list', '--json'], home.env);
    expect(result.stdout.length).toBeGreaterThan(100_000);
    expect(JSON.parse(result.stdout)).toHaveLength(500);
  });
});
