import { VCPUS_MAX } from '../../../../../shared/vm-config';
import type { HardwareDraft } from './draft';
import { wholeNumberIn } from './numbers';
import type { Problem } from './problems';

const TOPOLOGY_PART_MAX = VCPUS_MAX;

/** Problems of the CPU fields: the count, each topology part, and their product. */
export function cpuProblems(cpu: HardwareDraft['cpu']): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const count = wholeNumberIn(cpu.count, 1, VCPUS_MAX);
  if (count === undefined)
    problems['cpu.count'] = { key: 'hwErrorWholeRange', values: { min: 1, max: VCPUS_MAX } };
  const maxProblem = maxCountProblem(cpu, count);
  if (maxProblem) problems['cpu.maxCount'] = maxProblem;
  if (!cpu.topology) return problems;

  const parts = { sockets: cpu.sockets, cores: cpu.cores, threads: cpu.threads };
  const values: number[] = [];
  for (const [name, text] of Object.entries(parts)) {
    const value = wholeNumberIn(text, 1, TOPOLOGY_PART_MAX);
    if (value === undefined) {
      problems[`cpu.${name}`] = { key: 'hwErrorWholeRange', values: { min: 1, max: TOPOLOGY_PART_MAX } };
    } else values.push(value);
  }
  if (count !== undefined && values.length === 3) {
    const product = values.reduce((a, b) => a * b, 1);
    if (product !== count) problems['cpu.topology'] = { key: 'hwErrorTopology', values: { product, count } };
  }
  return problems;
}

/** The topology virt-manager suggests when it is first set by hand: one socket per vCPU. */
export function defaultTopology(
  countText: string,
): Pick<HardwareDraft['cpu'], 'sockets' | 'cores' | 'threads'> {
  const count = wholeNumberIn(countText, 1, VCPUS_MAX) ?? 1;
  return { sockets: String(count), cores: '1', threads: '1' };
}

/** The maximum vCPU count's problem: blank (no room), or at least the count, with no topology set. */
function maxCountProblem(cpu: HardwareDraft['cpu'], count: number | undefined): Problem | undefined {
  if (cpu.maxCount.trim() === '') return undefined;
  const max = wholeNumberIn(cpu.maxCount, 1, VCPUS_MAX);
  if (max === undefined) return { key: 'hwErrorWholeRange', values: { min: 1, max: VCPUS_MAX } };
  if (count === undefined) return undefined;
  if (max < count) return { key: 'hwErrorMaxCpusBelow', values: { count } };
  if (cpu.topology && max !== count) return { key: 'hwErrorMaxCpusTopology' };
  return undefined;
}
