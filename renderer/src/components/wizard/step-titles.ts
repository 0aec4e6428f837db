import type { Messages } from '../../i18n/en';
import type { InstallSource, StepId } from './wizard-draft';

export function stepTitles(t: Messages): Record<StepId, string> {
  return { source: t.wzStepSource, os: t.wzStepOs, resources: t.wzStepResources, summary: t.wzStepSummary };
}

export function sourceLabels(t: Messages): Record<InstallSource, string> {
  return {
    iso: t.wzSourceIso,
    cloud: t.wzSourceCloud,
    import: t.wzSourceImport,
    kernel: t.wzSourceKernel,
    empty: t.wzSourceEmpty,
  };
}
