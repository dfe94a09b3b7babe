/** What `npm start` says about building the app before it opens it. */
export const buildMessages = {
  upToDate: '构建产物与源文件一致，无需重新构建。The build is up to date with the sources; not rebuilding.',
  noBuild: '尚无完整的构建产物（out/），正在构建…… No complete build in out/ yet; building…',
  changed: (files: readonly string[]) => {
    const shown = files.slice(0, 5).join('、') + (files.length > 5 ? ` 等` : '');
    return `自上次构建以来有 ${files.length} 个源文件发生变化（${shown}），正在重新构建…… ${files.length} source file(s) changed since the last build; rebuilding…`;
  },
} as const;
