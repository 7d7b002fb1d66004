import { requestsPerMonth } from './rates.ts';

/** Two significant digits: a crossover is an estimate, not a precise number. */
function significant(n: number): string {
  const rounded = Number(n.toPrecision(2));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** "6.1 requests per second (≈ 16 million a month)". */
export function formatRate(ratePerSec: number): string {
  const month = requestsPerMonth(ratePerSec);
  const monthText =
    month >= 1e6 ? `${significant(month / 1e6)} million` : `${significant(month / 1e3)} thousand`;
  const unit = Number(ratePerSec.toPrecision(2)) === 1 ? 'request' : 'requests';
  return `${significant(ratePerSec)} ${unit} per second (≈ ${monthText} a month)`;
}
