import { Fragment, useState, type KeyboardEvent } from 'react';
import { ImportDialog } from '../dialogs/ImportDialog';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { useConnected, useSelectedVm } from '../../store/selectors';
import { commandGroups, commandLabels } from './commands';
import { ToolbarButton } from './ToolbarButton';
import { useCommandState, useRunCommand } from './use-commands';
import './toolbar.css';

/** Left and Right move between the buttons; every button is also in the Tab order. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (step === undefined) return;
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const at = buttons.findIndex((button) => button === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[(at + step + buttons.length) % buttons.length]?.focus();
}

/** The main window's toolbar: New VM, then what can be done to the selected VM. */
export function Toolbar() {
  const t = useMessages();
  const vm = useSelectedVm();
  const connected = useConnected();
  const { working, enabled } = useCommandState(vm);
  const run = useRunCommand();
  const openWizard = useAppStore((state) => state.setWizardOpen);
  const [importing, setImporting] = useState(false);
  return (
    <div role="toolbar" aria-label={t.mwToolbar} className="toolbar" onKeyDown={moveFocus}>
      <ToolbarButton
        command="newVm"
        label={t.mwNewVm}
        enabled={connected}
        shortcut="Control+N"
        onActivate={() => openWizard(true)}
      />
      <ToolbarButton
        command="importVm"
        label={t.mwImport}
        enabled={connected}
        onActivate={() => setImporting(true)}
      />
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {commandGroups.map((group, index) => (
        <Fragment key={index}>
          <span className="toolbar__separator" aria-hidden="true" />
          {group.map((command) => (
            <ToolbarButton
              key={command}
              command={command}
              label={t[commandLabels[command]]}
              enabled={enabled(command)}
              working={working === command}
              onActivate={() => vm && run(command, vm.uuid)}
            />
          ))}
        </Fragment>
      ))}
    </div>
  );
}
