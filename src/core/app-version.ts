import packageJson from '../../package.json' with { type: 'json' };

/** The version of Casebook that made a file, as dossier manifests record it. */
export const APP_VERSION: string = packageJson.version;
