import { describe, expect, it } from 'vitest';
import { fieldError, VireoError } from '../../../../../shared/errors';
import { engineIssues, issueField, issueProblems } from './issue-fields';
import { sectionOfField } from './sections';

describe('issueField', () => {
  it.each([
    [['network', 'forwards', '1', 'hostPort'], 'network.forwards.1.hostPort'],
    [['network', 'forwards', 1, 'guestPort'], 'network.forwards.1.guestPort'],
    [['network', 'forwards', '2'], 'network.forwards.2.hostPort'],
    [['network', 'forwards'], 'network.forwards'],
    [['network', 'mac'], 'network.mac'],
    [['changes', 'network', 'bridge'], 'network.bridge'],
    [['network'], 'network.mode'],
    [['cpu'], 'cpu.topology'],
    [['cpu', 'count'], 'cpu.count'],
    [['cpu', 'sockets'], 'cpu.sockets'],
    [['changes', 'cpu', 'maxCount'], 'cpu.maxCount'],
    [['memoryHotplug', 'maxMiB'], 'memoryHotplug.maxMiB'],
    [['memoryHotplug', 'slots'], 'memoryHotplug.slots'],
    [['memoryHotplug'], 'memoryHotplug.maxMiB'],
    [['secureBoot'], 'secureBoot'],
    [['changes', 'tpm'], 'tpm'],
    [['guestAgent'], 'guestAgent'],
    [['watchdog', 'action'], 'watchdog'],
    [['memoryBalloon'], 'memoryBalloon'],
    [['changes', 'shares', 1, 'tag'], 'shares'],
    [['usb'], 'usb'],
    [['memoryMiB'], 'memoryMiB'],
    [['disks'], 'disks'],
    [['disks', '0', 'path'], 'disks.0'],
    [['disks', 1, 'bus'], 'disks.1.bus'],
    [['cdrom', 'path'], 'cdrom.path'],
    [['directKernel', 'initrd'], 'directKernel.initrd'],
    [['directKernel'], 'directKernel.kernel'],
    [['display', 'vga'], 'display.vga'],
    [['display', 'clipboard'], 'display.clipboard'],
    [['extraConsoles'], 'extraConsoles'],
    [['extraConsoles', 2, 'id'], 'extraConsoles.2.id'],
    [['changes', 'extraConsoles', '0'], 'extraConsoles.0.id'],
    [['bootOrder'], 'bootOrder'],
    [['extraArgs', '3'], 'extraArgs'],
    [['changes', 'memoryMiB'], 'memoryMiB'],
    [['name'], 'general'],
    [[], 'general'],
  ])('%j → %s', (path, field) => {
    expect(issueField(path)).toBe(field);
  });

  it('names the section of each field', () => {
    expect(sectionOfField('network.forwards.1.hostPort')).toBe('network');
    expect(sectionOfField('cpu.topology')).toBe('cpu');
    expect(sectionOfField('directKernel.kernel')).toBe('kernel');
    expect(sectionOfField('machine')).toBe('firmware');
    expect(sectionOfField('bootOrder')).toBe('boot');
    expect(sectionOfField('extraConsoles.1.id')).toBe('serial');
    expect(sectionOfField('display.clipboard')).toBe('display');
    expect(sectionOfField('secureBoot')).toBe('firmware');
    expect(sectionOfField('tpm')).toBe('firmware');
    expect(sectionOfField('cpu.maxCount')).toBe('cpu');
    expect(sectionOfField('memoryHotplug.slots')).toBe('memory');
    expect(sectionOfField('memoryBalloon')).toBe('memory');
    expect(sectionOfField('guestAgent')).toBe('agent');
    expect(sectionOfField('watchdog')).toBe('advanced');
    expect(sectionOfField('shares')).toBe('shares');
    expect(sectionOfField('usb')).toBe('usb');
    expect(sectionOfField('general')).toBeUndefined();
  });
});

describe('engineIssues', () => {
  it('reads INVALID_INPUT details.issues', () => {
    const error = fieldError('INVALID_INPUT', ['network', 'forwards', 1, 'hostPort'], 'port taken');
    expect(engineIssues(error)).toEqual([
      { path: ['network', 'forwards', '1', 'hostPort'], message: 'port taken' },
    ]);
  });

  it('reads a CONFLICT about a field, but not other failures', () => {
    expect(
      engineIssues(fieldError('CONFLICT', ['network', 'forwards', 0, 'hostPort'], 'used by "web"')),
    ).toHaveLength(1);
    expect(engineIssues(new VireoError('CONFLICT', 'busy'))).toBeUndefined();
    expect(engineIssues(new VireoError('INVALID_STATE', 'stop it first'))).toBeUndefined();
    expect(engineIssues(new Error('boom'))).toBeUndefined();
  });

  it('keeps an INVALID_INPUT without issues as a general one', () => {
    expect(engineIssues(new VireoError('INVALID_INPUT', 'bad'))).toEqual([{ path: [], message: 'bad' }]);
  });
});

describe('issueProblems', () => {
  it('joins several issues on one field', () => {
    expect(
      issueProblems([
        { path: ['network', 'forwards'], message: 'host port tcp:80 is forwarded twice' },
        { path: ['network', 'forwards'], message: 'host port udp:53 is forwarded twice' },
        { path: ['cpu'], message: 'sockets × cores × threads must equal the vCPU count' },
      ]),
    ).toEqual({
      'network.forwards': {
        text: 'host port tcp:80 is forwarded twice; host port udp:53 is forwarded twice',
      },
      'cpu.topology': { text: 'sockets × cores × threads must equal the vCPU count' },
    });
  });
});
