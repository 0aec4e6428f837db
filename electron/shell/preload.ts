// The sandboxed preload (built to out/preload/preload.cjs): it exposes the Vireo bridge, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createVireoBridge } from './preload-bridge';

contextBridge.exposeInMainWorld('vireo', createVireoBridge(ipcRenderer));
