import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppShellLayout } from './AppShellLayout';
import { theme } from './theme';
import { WorkspaceProvider } from './WorkspaceContext';

/**
 * Hash routing: the same bundle is served from `app://casebook/index.html` under Electron and from
 * the web host's root, and neither can answer deep paths with the page.
 */
export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" limit={3} />
      <Router hook={useHashLocation}>
        <WorkspaceProvider>
          <AppShellLayout />
        </WorkspaceProvider>
      </Router>
    </MantineProvider>
  );
}
