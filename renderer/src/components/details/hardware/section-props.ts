import type { HardwareDraft } from './draft';

/** What every section form gets: the draft, a way to change it, and the problems to show. */
export interface SectionProps {
  draft: HardwareDraft;
  update(recipe: (draft: HardwareDraft) => HardwareDraft): void;
  /** Problem sentences by field key ("cpu.topology", "network.forwards.1.hostPort"). */
  errors: Readonly<Record<string, string>>;
}
