import { snapshotsZhCN } from './areas/snapshots.zh-CN';
import { performanceZhCN } from './areas/performance.zh-CN';
import { consoleZhCN } from './areas/console.zh-CN';
import { hardwareZhCN } from './areas/hardware.zh-CN';
import { mainwindowZhCN } from './areas/main-window.zh-CN';
import { preferencesZhCN } from './areas/preferences.zh-CN';
import { terminalZhCN } from './areas/terminal.zh-CN';
import { wizardZhCN } from './areas/wizard.zh-CN';
import type { Messages } from './en';

const baseZhCN = {
  appName: 'Vireo',
  language: '语言',
  languageAuto: '自动（跟随系统）',
  theme: '主题',
  themeAuto: '自动（跟随系统）',
  themeLight: '浅色',
  themeDark: '深色',

  connectionConnected: '已连接到 Vireo 引擎',
  connectionConnecting: '正在连接…',
  connectionReconnecting: '正在重新连接…',
  connectionDisconnected: '与引擎的连接已断开，正在重试…',

  errorsRegion: '错误',
  errorAboutVm: '{vm}：{message}',
  dismiss: '关闭',

  machinesHeading: '虚拟机',
  loading: '正在加载虚拟机…',
  columnName: '名称',
  columnState: '状态',
  columnVcpus: '虚拟 CPU',
  columnMemory: '内存',
  columnActions: '操作',
  unknownValue: '未知',
  problem: '问题：{problem}',
  lastExit: '上次退出：{reason}',
  working: '处理中…',

  start: '启动',
  pause: '暂停',
  resume: '恢复',
  shutdown: '关机',
  forceOff: '强制关闭',

  stateStopped: '已关机',
  stateStarting: '启动中',
  stateRunning: '运行中',
  statePaused: '已暂停',
  stateShuttingDown: '正在关机',
  stateCrashed: '已崩溃',
  stateBroken: '配置损坏',
  stateSaved: '已保存状态',
  statePanicked: '内核崩溃',

  emptyTitle: '还没有虚拟机',
  emptyBody: '请先在命令行中创建一台，创建后会显示在这里：',
  emptyCreateCommand: 'vireo create --name my-vm --memory 2048 --cpus 2 --disk 20G --iso ~/debian.iso',
  emptyStartCommand: 'vireo start my-vm',
  emptyHelpCommand: 'vireo create --help',
  emptyHint: '运行 {command} 查看全部选项。创建向导即将加入此窗口。',
};

/** Simplified Chinese: the type forces exactly the keys of `en`. */
export const zhCN: Messages = {
  ...baseZhCN,
  ...mainwindowZhCN,
  ...wizardZhCN,
  ...hardwareZhCN,
  ...preferencesZhCN,
  ...consoleZhCN,
  ...terminalZhCN,
  ...performanceZhCN,
  ...snapshotsZhCN,
};
