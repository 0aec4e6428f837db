// The Electron main process entry (built to out/main/main.js).
import { app, dialog } from 'electron';
import { toErrorPayload } from '../../shared/errors';
import { runApp } from './run-app';

runApp({ mainDir: import.meta.dirname }).catch((error: unknown) => {
  dialog.showErrorBox('Vireo stopped', toErrorPayload(error).message);
  app.exit(1);
});
