import { prefetchFirstScreen } from './api/first-screen-prefetch';

// Imported first by main.tsx, so it runs before React, Mantine and the app's modules are evaluated
// (tens of milliseconds): the host answers the first screen's calls meanwhile.
prefetchFirstScreen(window.location.hash);
