import { appendFile } from 'node:fs/promises';
import { timelineEntrySchema, type TimelineEntry } from '../../../shared/vm-details';
import { readFileTail } from '../process/log-tail';

/** A VM's event timeline (state changes, errors), one JSON line per entry in events.jsonl. */
export class Timeline {
  constructor(private readonly path: string) {}

  async append(entry: TimelineEntry): Promise<void> {
    await appendFile(this.path, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }

  /** The newest `limit` entries, oldest first; unreadable lines are skipped. */
  async read(limit = 500): Promise<TimelineEntry[]> {
    const lines = (await readFileTail(this.path, 512 * 1024)).toString('utf8').split('\n');
    const entries: TimelineEntry[] = [];
    for (const line of lines) {
      try {
        entries.push(timelineEntrySchema.parse(JSON.parse(line)));
      } catch {
        // a torn first line of the tail, or an empty last one
      }
    }
    return entries.slice(-limit);
  }
}
