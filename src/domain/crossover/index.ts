export * from './lines.ts';
export * from './rates.ts';
export * from './find.ts';
export * from './sweep.ts';
export { formatRate } from './words.ts';
