import { scheduleTimes } from './schedule-times.ts';

describe('schedule firing times', () => {
  it('fires a rate expression from the start of the run', () => {
    expect(scheduleTimes('rate(5 minutes)', 20 * 60_000)).toEqual([0, 300_000, 600_000, 900_000]);
  });

  it('reads cron minutes, hours, steps, ranges and weekdays (time 0 = Monday 00:00 UTC)', () => {
    expect(scheduleTimes('cron(0 2 * * ? *)', 86_400_000)).toEqual([2 * 3_600_000]);
    expect(scheduleTimes('cron(0/15 * * * ? *)', 3_600_000)).toEqual([
      0, 900_000, 1_800_000, 2_700_000,
    ]);
    expect(scheduleTimes('cron(30 9-10 ? * MON *)', 86_400_000)).toEqual([
      9.5 * 3_600_000,
      10.5 * 3_600_000,
    ]);
    expect(scheduleTimes('cron(0 12 ? * TUE *)', 86_400_000)).toEqual([]);
  });

  it('returns nothing for an expression it cannot read', () => {
    expect(scheduleTimes('every now and then', 3_600_000)).toEqual([]);
  });
});
