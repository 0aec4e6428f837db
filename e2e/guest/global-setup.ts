import type { TestProject } from 'vitest/node';
import { ensureTestGuest, type TestGuest } from './test-guest';

declare module 'vitest' {
  export interface ProvidedContext {
    testGuest: TestGuest;
  }
}

/** Builds (or finds cached) the tiny test guest once per run and hands its paths to the tests. */
export default function setup(project: TestProject): void {
  project.provide('testGuest', ensureTestGuest());
}
