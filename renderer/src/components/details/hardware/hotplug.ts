/** Memory is added in steps of Linux's x86-64 memory block (as the engine's MEMORY_BLOCK_MIB). */
export const MEMORY_STEP_MIB = 128;

/**
 * The sizes offered for adding memory to a running VM: powers of two from 128 MiB up to the room
 * left below its maximum, and the whole room (rounded down to 128 MiB steps) when it is not one.
 */
export function memoryAddChoices(memoryMiB: number, maxMiB: number): number[] {
  const room = Math.floor((maxMiB - memoryMiB) / MEMORY_STEP_MIB) * MEMORY_STEP_MIB;
  if (room < MEMORY_STEP_MIB) return [];
  const choices: number[] = [];
  for (let size = MEMORY_STEP_MIB; size <= room; size *= 2) choices.push(size);
  if (choices.at(-1) !== room) choices.push(room);
  return choices;
}
