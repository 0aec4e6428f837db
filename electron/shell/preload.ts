import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('vireo', {});
