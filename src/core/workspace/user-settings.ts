import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { userConfigDir, type Environment } from './user-config-dir';

// Where they were first defined; they live apart so that finding the settings folder needs no zod.
export { userConfigDir, type Environment };

/** Unknown keys are kept, so settings written by a newer version survive a save by this one. */
const settingsSchema = z.looseObject({
  workspaceDir: z.string().min(1).optional(),
  /** The RFC 3161 time-stamping service last used for 申请可信时间戳. */
  tsaUrl: z.string().min(1).optional(),
  /** Read the text of imported screenshots (OCR); on unless the person turned it off. */
  ocrEnabled: z.boolean().optional(),
});
export type UserSettings = z.infer<typeof settingsSchema>;

const settingsPath = (environment?: Environment) => join(userConfigDir(environment), 'settings.json');

/** The saved settings; a missing or unreadable file means defaults (it only holds preferences). */
export function readUserSettings(environment?: Environment): UserSettings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(settingsPath(environment), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Merges `patch` into the saved settings and writes them atomically. */
export async function updateUserSettings(patch: Partial<UserSettings>, environment?: Environment): Promise<void> {
  mkdirSync(userConfigDir(environment), { recursive: true });
  const next = { ...readUserSettings(environment), ...patch };
  await writeFileAtomic(settingsPath(environment), `${JSON.stringify(next, null, 2)}\n`);
}
