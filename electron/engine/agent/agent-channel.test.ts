import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentChannel } from './agent-channel';

type Reply = (command: { execute: string; arguments?: Record<string, unknown> }, socket: Socket) => void;

/** A stand-in for qemu-ga on a real unix socket: newline-delimited JSON, with a stale answer first. */
function fakeAgent(reply: Reply): Promise<{ path: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), 'vireo-qga-'));
  const path = join(dir, 'qga.sock');
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    // What an earlier client left behind: an answer nobody read.
    socket.write('{"return": {"stale": true}}\n');
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1').replace(/\xff/g, '');
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        reply(JSON.parse(line) as Parameters<Reply>[0], socket);
      }
    });
  });
  server.on('close', () => rmSync(dir, { recursive: true, force: true }));
  return new Promise((resolve) => server.listen(path, () => resolve({ path, server })));
}

const standardReply: Reply = (command, socket) => {
  if (command.execute === 'guest-sync-delimited') {
    // An earlier client's sync answer arrives first, then ours.
    socket.write(Buffer.concat([Buffer.from([0xff]), Buffer.from('{"return": 1}\n')]));
    socket.write(
      Buffer.concat([Buffer.from([0xff]), Buffer.from(`{"return": ${String(command.arguments?.id)}}\n`)]),
    );
  } else if (command.execute === 'guest-get-host-name') {
    socket.write('{"return": {"host-name": "guest1"}}\n');
  } else if (command.execute === 'guest-silent') {
    // never answers
  } else {
    socket.write(
      `{"error": {"class": "CommandNotFound", "desc": "The command ${command.execute} has not been found"}}\n`,
    );
  }
};

describe('AgentChannel', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('syncs past stale answers, then answers commands in order', async () => {
    const agent = await fakeAgent(standardReply);
    server = agent.server;
    const channel = await AgentChannel.open(agent.path, 2000);
    await expect(channel.execute('guest-get-host-name')).resolves.toEqual({ 'host-name': 'guest1' });
    await expect(channel.execute('guest-nope')).rejects.toThrow('The command guest-nope has not been found');
    channel.close();
  });

  it('gives up on a command with a timeout that names it, and closes', async () => {
    const agent = await fakeAgent(standardReply);
    server = agent.server;
    const channel = await AgentChannel.open(agent.path, 2000);
    await expect(channel.execute('guest-silent', undefined, 100)).rejects.toThrow(
      'the guest agent did not answer guest-silent within 100 ms',
    );
    expect(channel.isClosed).toBe(true);
  });

  it('fails to open when nothing answers the sync', async () => {
    const agent = await fakeAgent(() => undefined);
    server = agent.server;
    await expect(AgentChannel.open(agent.path, 150)).rejects.toThrow('guest-sync-delimited');
  });

  it('does not wait for an answer to guest-shutdown (the agent sends none)', async () => {
    const agent = await fakeAgent(standardReply);
    server = agent.server;
    const channel = await AgentChannel.open(agent.path, 2000);
    await expect(channel.execute('guest-shutdown', { mode: 'powerdown' })).resolves.toBeUndefined();
    channel.close();
  });
});
