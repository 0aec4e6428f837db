import { isOperationAllowed, type VmStatus } from '../../../../../shared/vm-state';
import { useAppStore } from '../../../store/store-context';
import { useRequest } from '../use-request';
import { DescriptionCard } from './DescriptionCard';
import { DisksCard } from './DisksCard';
import { GeneralCard } from './GeneralCard';
import { NetworkCard } from './NetworkCard';
import { GuestAgentCard } from './GuestAgentCard';
import { LastExitNotice, PanickedNotice, ProblemNotice, RestartNotice, SavedNotice } from './Notices';
import { useState } from 'react';
import { ConfirmDialog } from '../../dialogs/ConfirmDialog';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import './overview.css';

/** State, resources, disks, network and description; notices first when something needs attention. */
export function OverviewTab({ vm }: { vm: VmStatus }) {
  const t = useMessages();
  const [discarding, setDiscarding] = useState(false);
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const readable = vm.state !== 'broken';
  const details = useRequest(
    () => (readable ? client.invoke('vm.get', { vm: vm.uuid }) : Promise.resolve(null)),
    `${vm.uuid}:${vm.state}:${vm.needsRestart}`,
  );
  const config = details.data?.config ?? null;
  return (
    <div className="overview">
      {vm.needsRestart && <RestartNotice />}
      {vm.state === 'broken' && <ProblemNotice problem={vm.problem} />}
      {vm.state === 'panicked' && <PanickedNotice message={vm.panic?.message} />}
      {vm.state === 'saved' && <SavedNotice onDiscard={() => setDiscarding(true)} />}
      {discarding && (
        <ConfirmDialog
          title={format(t.mwDiscardSavedTitle, { vm: vm.name })}
          body={t.mwDiscardSavedBody}
          confirmLabel={t.mwDiscard}
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            setDiscarding(false);
            void client
              .invoke('vm.discardSaved', { vm: vm.uuid })
              .catch((error: unknown) => reportError(error, vm.uuid));
          }}
        />
      )}
      {vm.lastExit && (vm.state === 'stopped' || vm.state === 'crashed') && (
        <LastExitNotice lastExit={vm.lastExit} crashed={vm.state === 'crashed'} />
      )}
      <div className="overview__cards">
        <GeneralCard vm={vm} />
        {readable && <DisksCard uuid={vm.uuid} refreshKey={vm.state} />}
        {readable && (
          <NetworkCard
            config={config}
            loading={details.loading}
            error={details.error}
            onRetry={details.reload}
          />
        )}
        {readable && <GuestAgentCard vm={vm} />}
        {readable && (
          <DescriptionCard
            uuid={vm.uuid}
            saved={config?.description}
            editable={isOperationAllowed(vm.state, 'edit')}
            onSaved={details.reload}
          />
        )}
      </div>
    </div>
  );
}
