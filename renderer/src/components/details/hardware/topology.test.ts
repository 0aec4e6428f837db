import { describe, expect, it } from 'vitest';
import { cpuProblems, defaultTopology } from './topology';

const cpu = (count: string, topology?: [string, string, string], maxCount = '') => ({
  count,
  topology: topology !== undefined,
  sockets: topology?.[0] ?? '1',
  cores: topology?.[1] ?? '1',
  threads: topology?.[2] ?? '1',
  maxCount,
});

describe('cpuProblems', () => {
  it('accepts a count alone, or a topology that multiplies to it', () => {
    expect(cpuProblems(cpu('4'))).toEqual({});
    expect(cpuProblems(cpu('8', ['2', '2', '2']))).toEqual({});
  });

  it('says when the product is not the count, with both numbers', () => {
    expect(cpuProblems(cpu('6', ['2', '2', '2']))).toEqual({
      'cpu.topology': { key: 'hwErrorTopology', values: { product: 8, count: 6 } },
    });
  });

  it('checks each number on its own, and skips the product until all are numbers', () => {
    expect(cpuProblems(cpu('0'))).toEqual({
      'cpu.count': { key: 'hwErrorWholeRange', values: { min: 1, max: 255 } },
    });
    expect(cpuProblems(cpu('256'))).toHaveProperty(['cpu.count']);
    expect(cpuProblems(cpu('4', ['2', '', '2']))).toEqual({
      'cpu.cores': { key: 'hwErrorWholeRange', values: { min: 1, max: 255 } },
    });
  });

  it('ignores the topology fields while topology is not set by hand', () => {
    expect(cpuProblems({ ...cpu('4'), sockets: 'x' })).toEqual({});
  });

  it('takes a blank maximum for none, else one from the count up, without a topology', () => {
    expect(cpuProblems(cpu('2', undefined, ' '))).toEqual({});
    expect(cpuProblems(cpu('2', undefined, '8'))).toEqual({});
    expect(cpuProblems(cpu('4', undefined, '2'))).toEqual({
      'cpu.maxCount': { key: 'hwErrorMaxCpusBelow', values: { count: 4 } },
    });
    expect(cpuProblems(cpu('4', undefined, 'x'))).toEqual({
      'cpu.maxCount': { key: 'hwErrorWholeRange', values: { min: 1, max: 255 } },
    });
    expect(cpuProblems(cpu('4', ['2', '2', '1'], '8'))).toEqual({
      'cpu.maxCount': { key: 'hwErrorMaxCpusTopology' },
    });
    expect(cpuProblems(cpu('4', ['2', '2', '1'], '4'))).toEqual({});
    // The count's own problem is enough: the maximum is not compared with it.
    expect(cpuProblems(cpu('', undefined, '4'))).not.toHaveProperty(['cpu.maxCount']);
  });

  it('suggests one socket per vCPU', () => {
    expect(defaultTopology('6')).toEqual({ sockets: '6', cores: '1', threads: '1' });
    expect(defaultTopology('nope')).toEqual({ sockets: '1', cores: '1', threads: '1' });
  });
});
