/** The case transfer archive the 导出 tab made (kept in the case's `exports/`, replaced by the next one). */
export interface CaseArchiveView {
  /** File name, `<case folder>.casebook.zip`. */
  name: string;
  /** Absolute path on this computer. */
  path: string;
  size: number;
  sha256: string;
  /** ISO 8601 with `+08:00`. */
  createdAt: string;
  /** Files of the case folder it carries (absent for an archive found on disk rather than just written). */
  files?: number;
}

/** A case imported from a transfer archive, as `case import --json` and the app report it. */
export interface CaseImportView {
  id: string;
  folder: string;
  path: string;
  originalFolder: string;
  /** The folder name was taken, so the case got the next free one (`-2` …). */
  renamed: boolean;
  files: number;
  checked: number;
}
