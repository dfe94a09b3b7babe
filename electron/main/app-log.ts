import { app } from 'electron';
import log from 'electron-log/main';
import { configureLogFile } from './log-file';

/**
 * Starts the main process's log file in the app's log folder and sends `console` and uncaught
 * errors there too, so what went wrong on a user's PC can be read afterwards. Returns the file's path
 * (shown in 关于). The page keeps no log: everything it asks for goes through IPC handlers that log here.
 */
export function startAppLog(): string {
  const path = configureLogFile(log, app.getPath('logs'));
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({ showDialog: false });
  log.info(`维权卷宗 ${app.getVersion()} started (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
  return path;
}
