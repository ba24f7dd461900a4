/**
 * Where an embedded install keeps its database when nobody says otherwise: the
 * platform's per-user data folder, so `npm start` works with no configuration.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kindred');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kindred');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'kindred');
}
