import type { Messages } from '../../i18n/en';
import { useMessages } from '../../i18n/use-messages';
import { problemText } from './problem';
import { CloudSourceFields } from './CloudSourceFields';
import { PathField } from './PathField';
import { ProblemIcon } from './ProblemIcon';
import { RadioCards, type RadioCard } from './RadioCards';
import { TextField } from './TextField';
import type { Wizard } from './use-wizard';
import { pathPurpose, type InstallSource, type PathField as PathFieldName } from './wizard-draft';

type PlainPathField = Exclude<PathFieldName, 'cloudImage'>;

function sourceOptions(t: Messages): RadioCard<InstallSource>[] {
  return [
    { value: 'iso', label: t.wzSourceIso, hint: t.wzSourceIsoHint },
    { value: 'cloud', label: t.wzSourceCloud, hint: t.wzSourceCloudHint },
    { value: 'import', label: t.wzSourceImport, hint: t.wzSourceImportHint },
    { value: 'kernel', label: t.wzSourceKernel, hint: t.wzSourceKernelHint },
    { value: 'empty', label: t.wzSourceEmpty, hint: t.wzSourceEmptyHint },
  ];
}

function pathTexts(t: Messages): Record<PlainPathField, { label: string; placeholder: string }> {
  return {
    isoPath: { label: t.wzIsoPath, placeholder: t.wzIsoPlaceholder },
    diskPath: { label: t.wzDiskPath, placeholder: t.wzDiskPlaceholder },
    kernelPath: { label: t.wzKernelPath, placeholder: t.wzKernelPlaceholder },
    initrdPath: { label: t.wzInitrdPath, placeholder: t.wzInitrdPlaceholder },
  };
}

/** Step 1: how the OS gets installed, and the files that takes. */
export function SourceStep({ wizard }: { wizard: Wizard }) {
  const t = useMessages();
  const { draft, problems, checks, host } = wizard;
  const texts = pathTexts(t);

  const pathField = (field: PlainPathField) => (
    <PathField
      key={field}
      field={field}
      label={texts[field].label}
      placeholder={texts[field].placeholder}
      value={draft[field]}
      onChange={(value) => wizard.setText(field, value)}
      purpose={pathPurpose[field]}
      nativePicker={host?.nativeFilePicker ?? false}
      problem={problems[field]}
      check={checks[field]}
    />
  );

  return (
    <div className="form-stack">
      <RadioCards
        legend={t.wzSourceLegend}
        field="source"
        columns={2}
        value={draft.source}
        options={sourceOptions(t)}
        onChange={wizard.setSource}
      />
      {problems.source && (
        <p className="field__problem field__problem--error">
          <ProblemIcon severity="error" />
          <span>{problemText(t, problems.source)}</span>
        </p>
      )}
      {draft.source === 'cloud' && <CloudSourceFields wizard={wizard} />}
      {draft.source !== 'empty' && draft.source !== 'cloud' && (
        <div className="form-stack wizard__paths">
          {draft.source === 'iso' && pathField('isoPath')}
          {draft.source === 'import' && pathField('diskPath')}
          {draft.source === 'kernel' && (
            <>
              {pathField('kernelPath')}
              {pathField('initrdPath')}
              <TextField
                field="cmdline"
                label={t.wzCmdline}
                placeholder={t.wzCmdlinePlaceholder}
                className="path-field"
                value={draft.cmdline}
                onChange={(value) => wizard.setText('cmdline', value)}
                problem={problems.cmdline}
                spellCheck={false}
                autoComplete="off"
                autoCapitalize="off"
              />
            </>
          )}
        </div>
      )}
    </div>
  );
}
