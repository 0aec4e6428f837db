import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { useRequest } from '../use-request';
import { BridgeField } from './BridgeField';
import { defaultBridge } from './bridges';
import type { HardwareDraft, NetworkMode, NicModel } from './draft';
import { ForwardTable } from './ForwardTable';
import { randomMac } from './mac';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/**
 * The network card: user-mode networking (NAT) with port forwards, or bridged onto the host's LAN
 * through one of its bridges; its model and MAC either way. Or no network card. Switching modes
 * keeps the card, the forwards and the bridge for switching back.
 */
export function NetworkSection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const bridges = useRequest(() => client.invoke('host.bridges', {}), 'host.bridges');
  const { network } = draft;
  const setNetwork = (patch: Partial<HardwareDraft['network']>) =>
    update((d) => ({ ...d, network: { ...d.network, ...patch } }));

  const setMode = (mode: NetworkMode) =>
    setNetwork({
      mode,
      ...(mode !== 'none' && network.mac === '' ? { mac: randomMac() } : {}),
      ...(mode === 'bridge' && network.bridge === '' ? { bridge: defaultBridge(bridges.data) } : {}),
    });

  const hints: Record<NetworkMode, string | undefined> = {
    user: undefined,
    bridge: t.hwNetBridgeModeHint,
    none: t.hwNetNoneHint,
  };

  return (
    <>
      <SelectField<NetworkMode>
        label={t.hwNetMode}
        value={network.mode}
        choices={[
          { value: 'user', label: t.hwNetModeUser },
          { value: 'bridge', label: t.hwNetModeBridge },
          { value: 'none', label: t.hwNetModeNone },
        ]}
        onChange={setMode}
        hint={hints[network.mode]}
        error={errors['network.mode']}
      />
      {network.mode === 'bridge' && (
        <BridgeField
          bridge={network.bridge}
          onChange={(bridge) => setNetwork({ bridge })}
          bridges={bridges}
          error={errors['network.bridge']}
        />
      )}
      {network.mode !== 'none' && (
        <>
          <SelectField<NicModel>
            label={t.hwNetModel}
            value={network.model}
            choices={[
              { value: 'virtio-net-pci', label: t.hwNetModelVirtio },
              { value: 'e1000', label: t.hwNetModelE1000 },
            ]}
            onChange={(model) => setNetwork({ model })}
            error={errors['network.model']}
          />
          <div className="hw-row hw-row--end">
            <TextField label={t.hwNetMac} value={network.mac} readOnly mono error={errors['network.mac']} />
            <button
              type="button"
              className="button hw-row__button"
              onClick={() => setNetwork({ mac: randomMac() })}
            >
              {t.hwNetRegenerate}
            </button>
          </div>
        </>
      )}
      {network.mode === 'user' && (
        <ForwardTable
          rows={network.forwards}
          errors={errors}
          onChange={(forwards) => setNetwork({ forwards })}
        />
      )}
    </>
  );
}
