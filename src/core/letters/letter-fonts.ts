import { createRequire } from 'node:module';

const resolveModule = createRequire(import.meta.url).resolve;

/**
 * Noto Sans SC (SIL Open Font License), regular and bold, from the npm package: every PDF embeds a
 * subset of it, so Chinese text shows on any computer and in any court's viewer.
 */
export const LETTER_FONT = 'NotoSansSC';

/**
 * Noto Serif SC (same licence and family): court papers (起诉状, 证据目录, the dossier) are set in a
 * serif face, as courts' own documents are.
 */
export const COURT_FONT = 'NotoSerifSC';

function face(pkg: string, family: string) {
  const regular = resolveModule(`@expo-google-fonts/${pkg}/400Regular/${family}_400Regular.ttf`);
  const bold = resolveModule(`@expo-google-fonts/${pkg}/700Bold/${family}_700Bold.ttf`);
  return { normal: regular, bold, italics: regular, bolditalics: bold };
}

export function letterFonts() {
  return {
    [LETTER_FONT]: face('noto-sans-sc', 'NotoSansSC'),
    [COURT_FONT]: face('noto-serif-sc', 'NotoSerifSC'),
  };
}
