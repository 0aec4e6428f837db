import type { TestGuest } from '../guest/test-guest';

/** The kernel command line the test guest boots with: its serial console, quietly. */
export const GUEST_CMDLINE = 'console=ttyS0 quiet';
/** The same without the guest agent: shutdown then goes through the ACPI power button (tests of ACPI). */
export const GUEST_CMDLINE_NO_AGENT = `${GUEST_CMDLINE} vireo.no_agent`;

/** `vireo create` arguments for a small VM that boots the test guest's kernel directly. */
export function guestCreateArgs(guest: Pick<TestGuest, 'kernel' | 'initrd'>, name: string): string[] {
  return [
    'create',
    '--name',
    name,
    '--memory',
    '256',
    '--cpus',
    '1',
    '--net',
    'none',
    '--kernel',
    guest.kernel,
    '--initrd',
    guest.initrd,
    '--append',
    GUEST_CMDLINE,
  ];
}

/** The same, as `vm.create` parameters. */
export function guestKernelBoot(guest: Pick<TestGuest, 'kernel' | 'initrd'>) {
  return { kernel: guest.kernel, initrd: guest.initrd, cmdline: GUEST_CMDLINE };
}
