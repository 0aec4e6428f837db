// xterm and its addons, in a chunk of their own (about a third of the bundle): see xterm-loader.ts.
export { FitAddon } from '@xterm/addon-fit';
export { SearchAddon } from '@xterm/addon-search';
export { WebLinksAddon } from '@xterm/addon-web-links';
export { Terminal } from '@xterm/xterm';
