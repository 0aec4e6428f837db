/** English strings of the wizard area; keys are prefixed to stay unique across areas. */
export const wizardEn = {} as const;
