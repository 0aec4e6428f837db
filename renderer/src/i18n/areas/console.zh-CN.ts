import type { consoleEn } from './console.en';

/** Simplified Chinese, after virt-manager's zh_CN terms (控制台, 发送按键, 截图, 客户机…). */
export const consoleZhCN: Record<keyof typeof consoleEn, string> = {
  cnToolbar: '控制台操作',
  cnViewSize: '屏幕大小',
  cnScaleToFit: '缩放以适应',
  cnActualSize: '实际大小',
  cnFullscreen: '全屏',
  cnSendCtrlAltDel: '发送 Ctrl+Alt+Del',
  cnSendKey: '发送按键',
  cnKeyCtrlAltF: 'Ctrl+Alt+F{n}',
  cnKeyCtrlAltBackspace: 'Ctrl+Alt+Backspace',
  cnKeyPrintScreen: 'PrintScreen',
  cnScreenshot: '截图',
  cnPasteText: '粘贴文本',
  cnConsoleMenu: '控制台',
  cnMonitor: '监视器',
  cnOpenSsh: '打开 SSH 终端',
  cnNoSshForward: '需要一条转发到客户机 22 端口的 TCP 端口转发（硬件 › 网络）。',

  cnGuestScreen: '客户机屏幕',
  cnConnecting: '正在连接…',
  cnReconnecting: '正在重新连接…',
  cnReconnectingBody: '与屏幕的连接已断开，正在重试…',
  cnNotRunning: '虚拟机未运行',
  cnNotRunningBody: '启动后即可在此看到它的屏幕。',
  cnBrokenBody: '无法读取它的配置，因此无法启动。',
  cnStart: '启动',
  cnStarting: '正在启动…',
  cnVncOff: '没有图形控制台',
  cnVncOffBody: '此虚拟机的设置中关闭了 VNC。请在“硬件 › 显示协议”中打开“VNC 服务器”，然后重启虚拟机。',

  cnGrabbed: '键盘已捕获 — 按 Ctrl+Alt 释放',
  cnReleaseKeyboard: '释放键盘',
  cnClickToGrab: '点击屏幕（或用 Tab 键移到屏幕上）即可向客户机输入。',

  cnNoClipboardAgent:
    '客户机中没有剪贴板代理（spice-vdagent）：无法在本机与客户机之间复制粘贴；请用“粘贴文本”把文字输入进去。',
  cnClipboardOff: '此虚拟机的设置中关闭了剪贴板共享：请用“粘贴文本”把文字输入进去。',
  cnGuestClipboard: '客户机剪贴板',
  cnGuestClipboardBody: '客户机复制了以下文本，但此窗口可能无法将其放入您的剪贴板：',
  cnCopy: '复制',
  cnClose: '关闭',

  cnPasteBody:
    '“输入文本”会在客户机中按美式键盘逐个按下文本的按键，无需代理。“粘贴到客户机剪贴板”会把文本交给客户机的剪贴板代理。',
  cnPasteLabel: '文本',
  cnTypeIt: '输入文本',
  cnPasteToClipboard: '粘贴到客户机剪贴板',
  cnPasteNeedsAgent: '粘贴到客户机剪贴板需要客户机中运行 spice-vdagent。',
  cnCancel: '取消',

  cnSent: '已发送 {keys}',
  cnTyped: '已输入 {count} 个字符',
  cnPasted: '文本已放入客户机剪贴板',
  cnSaved: '已保存 {file}',
};
