/** What a monitor command does that deserves a confirmation first. */
export type CommandDanger = 'quit' | 'reset' | 'powerdown' | 'stop' | 'cont' | 'disrupt';

/** HMP commands (and their aliases) that end, reset, pause or otherwise disrupt the running VM. */
const dangers: Readonly<Record<string, CommandDanger>> = {
  quit: 'quit',
  q: 'quit',
  system_reset: 'reset',
  system_powerdown: 'powerdown',
  stop: 'stop',
  s: 'stop',
  cont: 'cont',
  c: 'cont',
  loadvm: 'disrupt',
  delvm: 'disrupt',
  migrate: 'disrupt',
  device_del: 'disrupt',
  drive_del: 'disrupt',
  nmi: 'disrupt',
  balloon: 'disrupt',
  set_link: 'disrupt',
};

/** The command's name: its first word. */
export function commandName(line: string): string {
  return line.trim().split(/\s+/, 1)[0] ?? '';
}

/** Why a command line needs confirming, or undefined when it is safe to run at once. */
export function commandDanger(line: string): CommandDanger | undefined {
  const name = commandName(line);
  return Object.hasOwn(dangers, name) ? dangers[name] : undefined;
}

/** Monitor output as terminal text: every line break a CR LF, ending with one when not empty. */
export function monitorOutputText(output: string): string {
  if (output === '') return '';
  const text = output.replace(/\r?\n/g, '\r\n');
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
