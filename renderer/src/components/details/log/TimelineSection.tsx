import { useEffect, useId, useMemo, useState } from 'react';
import type { TimelineEntry } from '../../../../../shared/vm-details';
import type { MessageKey } from '../../../i18n/en';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { LoadProblem } from '../LoadProblem';
import { useFormatTime } from '../use-format-time';
import { useRequest } from '../use-request';
import { mergeTimeline } from './timeline';

const kindLabels: Record<TimelineEntry['kind'], MessageKey> = {
  state: 'mwKindState',
  error: 'mwKindError',
  info: 'mwKindInfo',
};

/** The VM's events, newest first: those recorded so far, then live ones as they happen. */
export function TimelineSection({ uuid }: { uuid: string }) {
  const t = useMessages();
  const headingId = useId();
  const formatTime = useFormatTime();
  const client = useAppStore((state) => state.client);
  const [live, setLive] = useState<TimelineEntry[]>([]);
  useEffect(
    () =>
      client.on('vm.timeline', (event) => {
        if (event.uuid === uuid) setLive((before) => [...before, event.entry]);
      }),
    [client, uuid],
  );
  const loaded = useRequest(() => client.invoke('vm.timeline', { vm: uuid }), uuid);
  const entries = useMemo(() => mergeTimeline(loaded.data ?? [], live), [loaded.data, live]);

  return (
    <section className="log-section" aria-labelledby={headingId}>
      <div className="log-section__head">
        <h3 id={headingId} className="log-section__title">
          {t.mwTimeline}
        </h3>
      </div>
      {loaded.error && <LoadProblem message={loaded.error} onRetry={loaded.reload} />}
      {entries.length === 0 ? (
        !loaded.error && (
          <p className="log-section__empty">{loaded.loading ? t.mwLoading : t.mwTimelineEmpty}</p>
        )
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li
              key={`${entry.at}|${entry.kind}|${entry.message}`}
              className={`timeline__entry timeline__entry--${entry.kind}`}
            >
              <time className="timeline__time" dateTime={entry.at}>
                {formatTime(entry.at)}
              </time>
              <span className={`mw-tag timeline__kind timeline__kind--${entry.kind}`}>
                {t[kindLabels[entry.kind]]}
              </span>
              <span className="timeline__message">{entry.message}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
