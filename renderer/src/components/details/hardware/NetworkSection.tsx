import { useMessages } from '../../../i18n/use-messages';
import type { HardwareDraft, NicModel } from './draft';
import { ForwardTable } from './ForwardTable';
import { randomMac } from './mac';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

type Mode = HardwareDraft['network']['mode'];

/** User-mode networking (NAT) with its card model, MAC and port forwards; or no network card. */
export function NetworkSection({ draft, update, errors }: SectionProps) {
  const t = useMessages();
  const { network } = draft;
  const setNetwork = (patch: Partial<HardwareDraft['network']>) =>
    update((d) => ({ ...d, network: { ...d.network, ...patch } }));

  const setMode = (mode: Mode) =>
    setNetwork(mode === 'user' && network.mac === '' ? { mode, mac: randomMac() } : { mode });

  return (
    <>
      <SelectField<Mode>
        label={t.hwNetMode}
        value={network.mode}
        choices={[
          { value: 'user', label: t.hwNetModeUser },
          { value: 'none', label: t.hwNetModeNone },
        ]}
        onChange={setMode}
        hint={network.mode === 'none' ? t.hwNetNoneHint : undefined}
        error={errors['network.mode']}
      />
      {network.mode === 'user' && (
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
          <ForwardTable
            rows={network.forwards}
            errors={errors}
            onChange={(forwards) => setNetwork({ forwards })}
          />
        </>
      )}
    </>
  );
}
