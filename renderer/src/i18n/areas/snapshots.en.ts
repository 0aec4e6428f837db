/** English strings of the Snapshots tab; keys are prefixed "sn". */
export const snapshotsEn = {
  snTakeTitle: 'Take a snapshot',
  snName: 'Snapshot name',
  snDescription: 'Description (optional)',
  snTakeWithMemory: 'Take snapshot (disks + memory)',
  snTakeDisks: 'Take snapshot (disks)',
  snIncludeMemory: 'Include the memory (reverting resumes the guest exactly there)',
  snDisksFrozen:
    'The guest agent freezes the guest’s file systems while the disks are captured, so they are consistent.',
  snDisksCrashConsistent:
    'Without a guest agent the disks are captured as after a power cut: file systems recover, unsaved data is lost.',
  snListLabel: 'Snapshots',
  snNone:
    'No snapshots yet. A snapshot keeps this VM’s disks (and, while it runs, its memory) so you can come back to this moment.',
  snCurrent: 'You are here',
  snHoldsMemory: 'disks + memory',
  snHoldsDisks: 'disks only',
  snRevert: 'Revert',
  snRevertTo: 'Revert to {name}',
  snDelete: 'Delete',
  snDeleteNamed: 'Delete snapshot {name}',
  snRevertTitle: 'Revert “{vm}” to “{name}”?',
  snRevertBodyRunning:
    'The running guest goes back to exactly where it was when “{name}” was taken. Everything it did since — memory and disk changes — is lost.',
  snRevertBodyResume:
    'The disks go back to “{name}”, and the next start resumes the guest where it was then. Disk changes made since are lost.',
  snRevertBodyDisks: 'The disks go back to “{name}”. Disk changes made since are lost.',
  snDeleteTitle: 'Delete snapshot “{name}”?',
  snDeleteBody: 'The snapshot is removed from “{vm}”’s disks. The VM as it is now does not change.',
};
