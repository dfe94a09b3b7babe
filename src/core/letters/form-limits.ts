import limits from '../../../resources/data/form-limits.json';

/**
 * Character limits of the third-party complaint forms. They are not published reliably, so they are
 * data (resources/data/form-limits.json) rather than code; the UI shows a live counter against them.
 */
export const formLimits = { blackcat: limits.blackcat, '12315': limits['12315'] } as const;
