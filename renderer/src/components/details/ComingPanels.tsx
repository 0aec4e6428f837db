import { useMessages } from '../../i18n/use-messages';
import { ComingPanel } from './ComingPanel';

export function SnapshotsPanel() {
  const t = useMessages();
  return <ComingPanel body={t.mwComingSnapshots} />;
}
