import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { collapseRepeatedToasts } from './common/collapse-repeated-toasts';

// Before the first render, so the toast list never draws a duplicate even for a frame.
collapseRepeatedToasts();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
