import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../../../shared/vm-details';
import { mergeTimeline } from './timeline';

const entry = (at: string, message: string, kind: TimelineEntry['kind'] = 'state'): TimelineEntry => ({
  at: `2025-05-01T12:00:${at}Z`,
  kind,
  message,
});

describe('mergeTimeline', () => {
  it('lists the loaded and the live entries newest first, each once', () => {
    const loaded = [entry('01', 'created', 'info'), entry('05', 'started')];
    const live = [entry('05', 'started'), entry('09', 'crashed', 'error')];
    expect(mergeTimeline(loaded, live).map((e) => e.message)).toEqual(['crashed', 'started', 'created']);
  });

  it('puts the later of two same-instant entries first', () => {
    const loaded = [entry('05', 'paused'), entry('05', 'resumed')];
    expect(mergeTimeline(loaded, []).map((e) => e.message)).toEqual(['resumed', 'paused']);
  });
});
