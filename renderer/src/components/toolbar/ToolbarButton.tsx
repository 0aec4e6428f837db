import { CommandIcon } from './CommandIcon';
import type { VmCommand } from './commands';

interface ToolbarButtonProps {
  command: VmCommand | 'newVm' | 'importVm';
  label: string;
  enabled: boolean;
  working?: boolean;
  shortcut?: string;
  onActivate(): void;
}

/**
 * A toolbar button: icon and text, the text its name. An unavailable one is aria-disabled, not
 * disabled, so it keeps focus when the state it depends on changes under the keyboard.
 */
export function ToolbarButton({
  command,
  label,
  enabled,
  working,
  shortcut,
  onActivate,
}: ToolbarButtonProps) {
  const classes = ['toolbar-button'];
  if (command === 'forceOff' || command === 'delete') classes.push('toolbar-button--danger');
  if (working) classes.push('toolbar-button--working');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      data-command={command}
      title={label}
      aria-disabled={!enabled || undefined}
      aria-keyshortcuts={shortcut}
      onClick={() => {
        if (enabled) onActivate();
      }}
    >
      <CommandIcon command={command} working={working} />
      <span className="toolbar-button__label">{label}</span>
    </button>
  );
}
