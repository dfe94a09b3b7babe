/**
 * The red of "已超期 N 个工作日" badges (white text on it). A fixed darker shade: the theme's dark-mode
 * red (red-5) leaves white text below 3:1; red-8 keeps it readable in both schemes.
 */
export const OVERDUE_COLOR = 'red.8';
