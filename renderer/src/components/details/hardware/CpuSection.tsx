import { useId } from 'react';
import { VCPUS_MAX, type VmConfig } from '../../../../../shared/vm-config';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { CheckField } from './CheckField';
import { FieldMessages } from './FieldMessages';
import type { HardwareDraft } from './draft';
import { LiveVcpus } from './LiveVcpus';
import type { SectionProps } from './section-props';
import type { VmStatus } from '../../../../../shared/vm-state';
import { TextField } from './TextField';
import { defaultTopology } from './topology';

type Part = 'sockets' | 'cores' | 'threads';

interface CpuSectionProps extends SectionProps {
  uuid: string;
  /** The saved CPUs: what the running VM has, and its room to grow. */
  saved: VmConfig['cpu'];
  /** The VM runs (or is paused): vCPUs can be added now, up to its maximum. */
  live: boolean;
  onSaved(saved: { status: VmStatus; config: VmConfig }): void;
}

/**
 * vCPU count, and optionally sockets × cores × threads, checked against the count as typed; the
 * maximum a running VM can grow to, and (while it runs with room) adding vCPUs at once.
 */
export function CpuSection({ draft, update, errors, uuid, saved, live, onSaved }: CpuSectionProps) {
  const t = useMessages();
  const groupId = useId();
  const { cpu } = draft;
  const setCpu = (patch: Partial<HardwareDraft['cpu']>) =>
    update((d) => ({ ...d, cpu: { ...d.cpu, ...patch } }));
  const topologyError = errors['cpu.topology'];
  const ids = { hint: `${groupId}-hint`, error: `${groupId}-error` };
  const labels: Record<Part, string> = {
    sockets: t.hwCpuSockets,
    cores: t.hwCpuCores,
    threads: t.hwCpuThreads,
  };

  return (
    <>
      <TextField
        label={t.hwCpuCount}
        value={cpu.count}
        onChange={(count) => setCpu({ count })}
        inputMode="numeric"
        size="small"
        hint={format(t.hwCpuCountHint, { max: VCPUS_MAX })}
        error={errors['cpu.count']}
      />
      <TextField
        label={t.hwCpuMax}
        value={cpu.maxCount}
        onChange={(maxCount) => setCpu({ maxCount })}
        inputMode="numeric"
        size="small"
        hint={t.hwCpuMaxHint}
        error={errors['cpu.maxCount']}
      />
      <CheckField
        label={t.hwCpuTopology}
        checked={cpu.topology}
        onChange={(topology) => setCpu(topology ? { topology, ...defaultTopology(cpu.count) } : { topology })}
      />
      {cpu.topology && (
        <fieldset className="hw-group" aria-describedby={topologyError ? ids.error : undefined}>
          <legend className="hw-group__legend">{t.hwCpuTopologyLegend}</legend>
          <div className="hw-row">
            {(['sockets', 'cores', 'threads'] as const).map((part) => (
              <TopologyPart
                key={part}
                label={labels[part]}
                value={cpu[part]}
                onChange={(value) => setCpu({ [part]: value })}
                error={errors[`cpu.${part}`]}
                groupErrorId={topologyError ? ids.error : undefined}
              />
            ))}
          </div>
          <FieldMessages ids={ids} error={topologyError} />
        </fieldset>
      )}
      {live && saved.maxCount !== undefined && (
        <LiveVcpus uuid={uuid} count={saved.count} max={saved.maxCount} onSaved={onSaved} />
      )}
    </>
  );
}

interface TopologyPartProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  /** The product check's message, which every part also points to. */
  groupErrorId: string | undefined;
}

function TopologyPart({ label, value, onChange, error, groupErrorId }: TopologyPartProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', groupErrorId ?? ''].filter(Boolean).join(' ');
  return (
    <div className="hw-field">
      <label className="hw-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="hw-input hw-input--small"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== undefined || groupErrorId !== undefined ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      <FieldMessages ids={{ hint: `${id}-hint`, error: `${id}-error` }} error={error} />
    </div>
  );
}
