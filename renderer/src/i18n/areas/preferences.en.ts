/** English strings of the preferences area; keys are prefixed to stay unique across areas. */
export const preferencesEn = {} as const;
