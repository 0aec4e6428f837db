/** English strings of the hardware area; keys are prefixed to stay unique across areas. */
export const hardwareEn = {} as const;
