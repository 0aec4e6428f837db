import { snapshotsEn } from './areas/snapshots.en';
import { performanceEn } from './areas/performance.en';
import { consoleEn } from './areas/console.en';
import { hardwareEn } from './areas/hardware.en';
import { mainwindowEn } from './areas/main-window.en';
import { preferencesEn } from './areas/preferences.en';
import { terminalEn } from './areas/terminal.en';
import { wizardEn } from './areas/wizard.en';

/** English, the reference dictionary: every other language must have exactly these keys. */
const baseEn = {
  appName: 'Vireo',
  language: 'Language',
  languageAuto: 'Auto (system)',
  theme: 'Theme',
  themeAuto: 'Auto (system)',
  themeLight: 'Light',
  themeDark: 'Dark',

  connectionConnected: 'Connected to the Vireo engine',
  connectionConnecting: 'Connecting…',
  connectionReconnecting: 'Reconnecting…',
  connectionDisconnected: 'Disconnected from the engine. Trying again…',

  errorsRegion: 'Errors',
  errorAboutVm: '{vm}: {message}',
  dismiss: 'Dismiss',

  machinesHeading: 'Virtual machines',
  loading: 'Loading virtual machines…',
  columnName: 'Name',
  columnState: 'State',
  columnVcpus: 'vCPUs',
  columnMemory: 'Memory',
  columnActions: 'Actions',
  unknownValue: 'unknown',
  problem: 'Problem: {problem}',
  lastExit: 'Last exit: {reason}',
  working: 'Working…',

  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  shutdown: 'Shut Down',
  forceOff: 'Force Off',

  stateStopped: 'Stopped',
  stateStarting: 'Starting',
  stateRunning: 'Running',
  statePaused: 'Paused',
  stateShuttingDown: 'Shutting down',
  stateCrashed: 'Crashed',
  stateBroken: 'Broken',
  stateSaved: 'Saved',
  statePanicked: 'Panicked',

  emptyTitle: 'No virtual machines yet',
  emptyBody: 'Create your first one from the command line, then it appears here:',
  emptyCreateCommand: 'vireo create --name my-vm --memory 2048 --cpus 2 --disk 20G --iso ~/debian.iso',
  emptyStartCommand: 'vireo start my-vm',
  emptyHelpCommand: 'vireo create --help',
  emptyHint: 'Run {command} for every option. A creation wizard is coming to this window.',
};

/** Every area's strings: each area (main window, wizard, hardware, preferences) owns its own file. */
export const en = {
  ...baseEn,
  ...mainwindowEn,
  ...wizardEn,
  ...hardwareEn,
  ...preferencesEn,
  ...consoleEn,
  ...terminalEn,
  ...performanceEn,
  ...snapshotsEn,
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
