import { mkdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { COLOR_SCHEMES } from '../../shared/domain/preferences';
import { writeFileAtomic } from '../fs/atomic-write';
import { settingsPath } from './saved-workspace-dir';
import { userConfigDir, type Environment } from './user-config-dir';

// Where they were first defined; they live apart so that finding the settings folder needs no zod.
export { userConfigDir, type Environment };

/**
 * Unknown keys are kept, so settings written by a newer version survive a save by this one; a value
 * this version cannot read counts as not set, and never costs the other settings.
 */
const settingsSchema = z.looseObject({
  workspaceDir: z.string().min(1).optional(),
  colorScheme: z.enum(COLOR_SCHEMES).optional().catch(undefined),
  /** The RFC 3161 time-stamping service last used for 申请可信时间戳. */
  tsaUrl: z.string().min(1).optional(),
  /** Read the text of imported screenshots (OCR); on unless the person turned it off. */
  ocrEnabled: z.boolean().optional(),
});
export type UserSettings = z.infer<typeof settingsSchema>;


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
