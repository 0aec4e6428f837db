import type { snapshotsEn } from './snapshots.en';

export const snapshotsZhCN: Record<keyof typeof snapshotsEn, string> = {
  snTakeTitle: '拍摄快照',
  snName: '快照名称',
  snDescription: '描述（可选）',
  snTakeWithMemory: '拍摄快照（磁盘 + 内存）',
  snTakeDisks: '拍摄快照（磁盘）',
  snIncludeMemory: '包含内存（恢复时客户机会从该处继续运行）',
  snDisksFrozen: '客户机代理会在捕获磁盘时冻结客户机的文件系统，确保数据一致。',
  snDisksCrashConsistent:
    '没有客户机代理时，磁盘的状态相当于突然断电后：文件系统可以恢复，但未保存的数据会丢失。',
  snListLabel: '快照',
  snNone: '还没有快照。快照会保存此虚拟机的磁盘（运行时还包括内存），以便以后回到此刻。',
  snCurrent: '当前位置',
  snHoldsMemory: '磁盘 + 内存',
  snHoldsDisks: '仅磁盘',
  snRevert: '恢复',
  snRevertTo: '恢复到 {name}',
  snDelete: '删除',
  snDeleteNamed: '删除快照 {name}',
  snRevertTitle: '将“{vm}”恢复到“{name}”？',
  snRevertBodyRunning: '运行中的客户机将回到拍摄“{name}”时的确切状态。此后的所有内存和磁盘更改都将丢失。',
  snRevertBodyResume: '磁盘将回到“{name}”，下次启动时客户机将从当时的状态继续运行。此后的磁盘更改将丢失。',
  snRevertBodyDisks: '磁盘将回到“{name}”。此后的磁盘更改将丢失。',
  snDeleteTitle: '删除快照“{name}”？',
  snDeleteBody: '该快照将从“{vm}”的磁盘中移除。虚拟机的当前状态不会改变。',
};
