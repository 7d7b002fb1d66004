/**
 * CloudWatch Logs ingestion for a design. Model assumption: the application logs `appLogKb`
 * per request on both sides (1 KB by default — ours, not a published figure); Lambda adds its
 * START/END/REPORT platform lines (prices-logs.ts).
 */
import { LAMBDA_PLATFORM_LOG_KB, LOGS_PRICES } from '../pricing/prices-logs.ts';

export const DEFAULT_APP_LOG_KB = 1;

export function logsUsd(requests: number, kbPerRequest: number): number {
  const gb = (Math.max(0, requests) * Math.max(0, kbPerRequest)) / (1024 * 1024);
  return gb * LOGS_PRICES.ingestionGb.usd;
}

export const lambdaLogKb = (appLogKb: number) => appLogKb + LAMBDA_PLATFORM_LOG_KB;
