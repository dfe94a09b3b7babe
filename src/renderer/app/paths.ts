/** Route paths, kept in one place for the navbar, shortcuts and links. */
export const paths = {
  active: '/',
  archived: '/archived',
  trashed: '/trash',
  newCase: '/new',
  /** Importing a case archive and backing up the workspace (the desktop menu's 导入案件 and 备份工作区). */
  importCase: '/import',
  backup: '/backup',
  case: (id: string) => `/case/${id}`,
} as const;
