/** What to do with a chunk of live console output. */
export type LiveAction = 'drop' | 'write';

/**
 * Joins a console's history with its live output. The view subscribes first, then asks for the
 * history: output that arrives before the history answer is already in it (the engine logs a byte
 * before it sends it), so it is dropped — but still acknowledged, or the engine would count it as
 * unread. Everything after the answer is new and is written after the history.
 */
export class LiveMerge {
  private historyShown = false;

  /** A chunk of live output arrived. */
  onOutput(): LiveAction {
    return this.historyShown ? 'write' : 'drop';
  }

  /** The history answer arrived (and was written). */
  onHistory(): void {
    this.historyShown = true;
  }

  get live(): boolean {
    return this.historyShown;
  }
}
