export * from './scenario.ts';
export * from './traffic.ts';
export * from './migrations.ts';
export * from './parse.ts';
export * from './edit.ts';
export * from './placement.ts';
