import { describe, expect, it } from 'vitest';
import { toErrorPayload, VireoError } from '../../../../shared/errors';
import { preferenceChangesSchema, preferencesSchema } from '../../../../shared/preferences';
import {
  changesOf,
  draftOf,
  mapPreferencesError,
  numberRange,
  rangeText,
  validatePreferences,
} from './preferences-draft';

const saved = preferencesSchema.parse({});

describe('validatePreferences', () => {
  it('accepts the defaults', () => {
    expect(validatePreferences(draftOf(saved))).toEqual({});
  });

  it('wants absolute paths or nothing', () => {
    const problems = validatePreferences({
      ...draftOf(saved),
      diskFolder: 'vms',
      qemuImgPath: '/usr/bin/qemu-img',
    });
    expect(problems).toEqual({ diskFolder: { severity: 'error', message: { key: 'pfErrAbsolute' } } });
  });

  it('checks the numbers against the engine’s limits', () => {
    expect(numberRange('metricsIntervalSec')).toEqual({ min: 0.5, max: 60 });
    expect(numberRange('metricsHistoryMinutes')).toEqual({ min: 1, max: 1440 });
    const problems = validatePreferences({
      ...draftOf(saved),
      metricsIntervalSec: '61',
      metricsHistoryMinutes: '1.5',
    });
    expect(problems).toEqual({
      metricsIntervalSec: {
        severity: 'error',
        message: { key: 'pfErrRange', values: { min: '0.5', max: '60' } },
      },
      metricsHistoryMinutes: { severity: 'error', message: { key: 'pfErrWholeNumber' } },
    });
  });

  it('takes the interval in half seconds', () => {
    const check = (metricsIntervalSec: string) =>
      validatePreferences({ ...draftOf(saved), metricsIntervalSec }).metricsIntervalSec;
    expect(check('0.5')).toBeUndefined();
    expect(check('2.5')).toBeUndefined();
    expect(check('0.25')).toEqual({ severity: 'error', message: { key: 'pfErrHalfNumber' } });
    expect(check('0.4')).toEqual({ severity: 'error', message: { key: 'pfErrHalfNumber' } });
    expect(check('0')).toEqual({
      severity: 'error',
      message: { key: 'pfErrRange', values: { min: '0.5', max: '60' } },
    });
  });

  it('checks the terminal scrollback against the engine’s limits, digits grouped in the message', () => {
    expect(numberRange('terminalScrollback')).toEqual({ min: 100, max: 1_000_000 });
    expect(rangeText('terminalScrollback')).toEqual({ min: '100', max: '1,000,000' });
    const check = (terminalScrollback: string) =>
      validatePreferences({ ...draftOf(saved), terminalScrollback }).terminalScrollback;
    expect(check('100')).toBeUndefined();
    expect(check(' 1000000 ')).toBeUndefined();
    expect(check('99')).toEqual({
      severity: 'error',
      message: { key: 'pfErrRange', values: { min: '100', max: '1,000,000' } },
    });
    expect(check('1000001')).toHaveProperty(['message', 'key'], 'pfErrRange');
    expect(check('10k')).toEqual({ severity: 'error', message: { key: 'pfErrWholeNumber' } });
    expect(check('')).toEqual({ severity: 'error', message: { key: 'pfErrWholeNumber' } });
  });

  it('takes an empty SSH user (ssh’s default) or a user name', () => {
    const check = (sshUser: string) => validatePreferences({ ...draftOf(saved), sshUser }).sshUser;
    for (const good of ['', '  ', 'root', ' debian ', 'ci-runner', 'a.b_c', '_svc'])
      expect(check(good), good).toBeUndefined();
    for (const bad of ['-l', 'two words', 'user@host', 'x'.repeat(33), 'ünïcode'])
      expect(check(bad), bad).toEqual({ severity: 'error', message: { key: 'pfErrSshUser' } });
  });
});

describe('changesOf', () => {
  it('sends only what changed, typed, and the engine’s schema takes it', () => {
    const draft = {
      ...draftOf(saved),
      theme: 'dark' as const,
      metricsIntervalSec: ' 5 ',
      qemuSystemPath: ' /opt/q ',
    };
    const changes = changesOf(draft, saved);
    expect(changes).toEqual({ theme: 'dark', metricsIntervalSec: 5, qemuSystemPath: '/opt/q' });
    expect(preferenceChangesSchema.safeParse(changes).success).toBe(true);
    expect(changesOf(draftOf(saved), saved)).toEqual({});
  });

  it('sends the scrollback as a number and the SSH user trimmed', () => {
    const draft = { ...draftOf(saved), terminalScrollback: ' 50000 ', sshUser: ' debian ' };
    const changes = changesOf(draft, saved);
    expect(changes).toEqual({ terminalScrollback: 50_000, sshUser: 'debian' });
    expect(preferenceChangesSchema.safeParse(changes).success).toBe(true);
    expect(
      changesOf(
        { ...draftOf({ ...saved, sshUser: 'debian' }), sshUser: '' },
        { ...saved, sshUser: 'debian' },
      ),
    ).toEqual({
      sshUser: '',
    });
  });
});

describe('mapPreferencesError', () => {
  it('puts the engine’s issues on their fields', () => {
    const result = preferenceChangesSchema.safeParse({ diskFolder: 'relative', metricsIntervalSec: 0 });
    const error = VireoError.fromPayload(toErrorPayload(result.error));
    // The engine validates { changes }, so its paths start with "changes".
    const fromEngine = new VireoError('INVALID_INPUT', error.message, {
      issues: (error.details?.['issues'] as { path: string[]; message: string }[]).map((issue) => ({
        ...issue,
        path: ['changes', ...issue.path],
      })),
    });
    expect(mapPreferencesError(fromEngine)).toEqual({
      fields: {
        diskFolder: 'must be an absolute path (or empty for the default)',
        metricsIntervalSec: expect.any(String),
      },
      general: null,
    });
  });

  it('keeps other failures as the general message', () => {
    expect(mapPreferencesError(new VireoError('IO_ERROR', 'disk full'))).toEqual({
      fields: {},
      general: 'disk full',
    });
  });
});
