/** The one place the product's Chinese text lives, grouped by concern. */
export * from './labels';
export * from './validation';
export * from './errors';
export * from './ui';
export * from './cli';
export * from './evidence';
export * from './timeline';
export * from './advice';
export * from './letters';
export * from './desktop';
export * from './dossier';
export * from './archives';
export * from './backup';
