/** Route paths, kept in one place for the navbar, shortcuts and links. */
export const paths = {
  active: '/',
  archived: '/archived',
  trashed: '/trash',
  newCase: '/new',
  case: (id: string) => `/case/${id}`,
} as const;
