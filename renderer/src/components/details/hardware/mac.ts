function randomBytes(count: number): number[] {
  return [...crypto.getRandomValues(new Uint8Array(count))];
}

/** A random MAC in QEMU's locally administered range 52:54:00:xx:xx:xx. */
export function randomMac(bytes: (count: number) => number[] = randomBytes): string {
  const tail = bytes(3).map((byte) => byte.toString(16).padStart(2, '0'));
  return ['52', '54', '00', ...tail].join(':');
}
