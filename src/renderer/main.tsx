import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { notifications } from '@mantine/notifications';
import { onNotice } from './api/client';
import { prefetchFirstScreen } from './api/first-screen-prefetch';
import { App } from './app/App';
import { collapseRepeatedToasts } from './common/collapse-repeated-toasts';

// What the core says about an action that succeeded all the same (the index could not be updated,
// the workspace can only be read): a warning that stays until dismissed.
onNotice((message) => notifications.show({ color: 'yellow', message, autoClose: false }));
prefetchFirstScreen(window.location.hash);
// Before the first render, so the toast list never draws a duplicate even for a frame.
collapseRepeatedToasts();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
