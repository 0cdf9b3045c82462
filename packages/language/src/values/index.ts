export * from './money.js';
export * from './duration.js';
export * from './dates.js';
export * from './text.js';
export * from './percent.js';
export * from './uk-time.js';
export * from './number.js';
export * from './itl.js';
