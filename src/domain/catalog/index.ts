export * from './types.ts';
export * from './fields.ts';
export * from './catalog.ts';
export * from './connections.ts';
export * from './config.ts';
export {
  parseScheduleExpression,
  type ScheduleExpression,
} from '../kinds/schedule/schedule-expression.ts';
export {
  LAMBDA_RUNTIMES,
  ZIP_PACKAGE_LIMIT_MB,
  ACCOUNT_CONCURRENCY_DEFAULT,
} from '../kinds/lambda/spec.ts';
