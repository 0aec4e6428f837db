import { useEffect, useRef, useState, type RefObject } from 'react';
import { isActive } from '../../../../shared/vm-state';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { errorMessage } from '../../store/error-message';
import { useAppStore } from '../../store/store-context';
import { LineEditor } from './line-editor';
import { commandDanger, monitorOutputText, type CommandDanger } from './monitor-commands';
import type { XtermHandle } from './XtermView';

export const MONITOR_PROMPT = '(qemu) ';

export interface PendingCommand {
  command: string;
  danger: CommandDanger;
}

/**
 * The monitor's console: a line editor over the terminal; Enter runs the line through
 * monitor.execute (asking first for a dangerous one), then prints the output and a new prompt.
 * Input typed while a command runs waits for it.
 */
export function useMonitor(uuid: string, view: RefObject<XtermHandle | null>, ready: boolean) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const vm = useAppStore((state) => state.vms.find((v) => v.uuid === uuid));
  const editor = useRef(new LineEditor(MONITOR_PROMPT));
  const busy = useRef(false);
  const queued = useRef('');
  const [pending, setPending] = useState<PendingCommand | null>(null);
  const intro = useRef({ welcome: format(t.tmMonitorWelcome, { vm: vm?.name ?? uuid }), stopped: '' });
  if (vm && !isActive(vm.state)) intro.current.stopped ||= format(t.tmMonitorNotRunning, { vm: vm.name });

  const write = (text: string) => view.current?.write(text);

  useEffect(() => {
    if (!ready) return;
    const { welcome, stopped } = intro.current;
    view.current?.write(`\x1b[2m${welcome}\x1b[0m\r\n${stopped ? `\x1b[33m${stopped}\x1b[0m\r\n` : ''}`);
    view.current?.write(editor.current.redraw());
    view.current?.focus();
  }, [view, ready]);

  // Plain functions: they keep their state in refs, so an older render's copy behaves the same.
  function feed(data: string): void {
    if (busy.current) {
      queued.current += data;
      return;
    }
    const result = editor.current.feed(data);
    write(result.echo);
    if (result.submitted === undefined) {
      if (result.cancelled) write(editor.current.redraw());
      if (result.rest) feed(result.rest);
      return;
    }
    queued.current = result.rest;
    const command = result.submitted.trim();
    busy.current = true;
    if (command === '') done();
    else {
      const danger = commandDanger(command);
      if (danger) setPending({ command, danger });
      else run(command);
    }
  }

  function done(): void {
    busy.current = false;
    write(editor.current.redraw());
    const rest = queued.current;
    queued.current = '';
    if (rest) feed(rest);
  }

  function run(command: string): void {
    client
      .invoke('monitor.execute', { vm: uuid, command })
      .then(
        ({ output }) => write(monitorOutputText(output)),
        (error: unknown) => write(`\x1b[31m${monitorOutputText(errorMessage(error))}\x1b[0m`),
      )
      .finally(done);
  }

  return {
    onData: feed,
    pending,
    confirm: () => {
      const command = pending?.command;
      setPending(null);
      if (command) run(command);
    },
    cancel: () => {
      setPending(null);
      write(`\x1b[2m${t.tmCancelled}\x1b[0m\r\n`);
      done();
    },
  };
}
