/** English strings of the main-window area; keys are prefixed to stay unique across areas. */
export const mainwindowEn = {} as const;
