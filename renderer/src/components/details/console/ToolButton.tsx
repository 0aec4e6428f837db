import { ConsoleIcon, type ConsoleIconName } from './ConsoleIcon';

interface ToolButtonProps {
  label: string;
  icon: ConsoleIconName;
  enabled?: boolean;
  /** A toggle's state (aria-pressed); leave out for plain buttons. */
  pressed?: boolean;
  /** Shown as an icon only when the pane is narrow (its text stays its name and tooltip). */
  compact?: boolean;
  onActivate(): void;
}

/**
 * A console toolbar button: icon and text, the text its name. An unavailable one is
 * aria-disabled, not disabled, so it keeps focus when the VM's state changes under the keyboard.
 */
export function ToolButton({ label, icon, enabled = true, pressed, compact, onActivate }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="console-tool"
      data-console-tool=""
      data-compact={compact || undefined}
      aria-disabled={!enabled || undefined}
      aria-pressed={pressed}
      title={label}
      onClick={() => {
        if (enabled) onActivate();
      }}
    >
      <ConsoleIcon name={icon} />
      <span className="console-tool__label">{label}</span>
    </button>
  );
}
