import userEvent from '@testing-library/user-event';

/**
 * A person at the keyboard, without the pause user-event makes between keystrokes by default: each
 * pause is a timer turn in which Mantine re-renders, which made typing a form take seconds.
 */
export const person = () => userEvent.setup({ delay: null });
