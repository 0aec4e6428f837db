import { describe, expect, it } from 'vitest';
import { format } from '../../../i18n/format';
import { en } from '../../../i18n/en';
import { draftFromConfig } from './draft';
import { fieldLabel } from './field-labels';
import { listProblems } from './listed-problems';
import type { Problem } from './problems';
import { testConfig } from './test-config';

const draft = draftFromConfig(testConfig());
const text = (problem: Problem) =>
  'text' in problem ? problem.text : format(en[problem.key], problem.values ?? {});
const list = (problems: Record<string, Problem>) =>
  listProblems(
    problems,
    text,
    (field) => fieldLabel(en, field, draft),
    (field, message) => format(en.hwProblemField, { field, message }),
  );

describe('listProblems', () => {
  it('lists problems in section order, general ones last, each named by its control', () => {
    expect(
      list({
        general: { text: 'a VM named "x" already exists' },
        'network.forwards.2.guestPort': { key: 'hwErrorPort' },
        memoryMiB: { key: 'hwErrorWholeRange', values: { min: 16, max: 4194304 } },
        'disks.1': { text: 'disk disk1: add or remove disks with "Add disk"' },
      }),
    ).toEqual([
      { field: 'memoryMiB', section: 'memory', text: 'Enter a whole number from 16 to 4194304.' },
      {
        field: 'disks.1',
        section: 'disks',
        text: 'Disk disk1: disk disk1: add or remove disks with "Add disk"',
      },
      {
        field: 'network.forwards.2.guestPort',
        section: 'network',
        text: 'Guest port, rule 3: Enter a port from 1 to 65535.',
      },
      { field: 'general', section: undefined, text: 'a VM named "x" already exists' },
    ]);
  });
});
