import { isOperationAllowed, type VmStatus } from '../../../../../shared/vm-state';
import { useAppStore } from '../../../store/store-context';
import { useRequest } from '../use-request';
import { DescriptionCard } from './DescriptionCard';
import { DisksCard } from './DisksCard';
import { GeneralCard } from './GeneralCard';
import { NetworkCard } from './NetworkCard';
import { LastExitNotice, ProblemNotice, RestartNotice } from './Notices';
import './overview.css';

/** State, resources, disks, network and description; notices first when something needs attention. */
export function OverviewTab({ vm }: { vm: VmStatus }) {
  const client = useAppStore((state) => state.client);
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
