/** The one place the product's Chinese text lives, grouped by concern. */
export * from './labels';
export * from './validation';
export * from './errors';
