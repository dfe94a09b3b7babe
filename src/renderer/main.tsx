import './first-screen';
import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { notifications } from '@mantine/notifications';
import { onNotice } from './api/client';
import { prefetchedAnswers } from './api/first-screen-prefetch';
import { App } from './app/App';
import { collapseRepeatedToasts } from './common/collapse-repeated-toasts';

// What the core says about an action that succeeded all the same (the index could not be updated,
// the workspace can only be read): a warning that stays until dismissed.
onNotice((message) => notifications.show({ color: 'yellow', message, autoClose: false }));
/**
 * How long the first render waits for the answers first-screen.ts asked for. With them, it draws the
 * dashboard with its rows in one pass; without, the shell with a spinner, then the dashboard with
 * another, then the rows: three renders and layouts where one does (1,000 cases answer within this
 * on loopback unless the machine is very busy). A host slower than that still shows the spinner soon.
 */
const FIRST_SCREEN_WAIT_MS = 300;
// Before the first render, so the toast list never draws a duplicate even for a frame.
collapseRepeatedToasts();

// Not a top-level await: that splits the entry into dozens of chunks the page then loads one by one.
void prefetchedAnswers(FIRST_SCREEN_WAIT_MS).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
