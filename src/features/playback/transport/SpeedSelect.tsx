/** Simulated seconds per wall-clock second, from 0.1× (slow motion) to 100×. */
import { useId } from 'react';

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100] as const;

export function formatSpeed(speed: number): string {
  return `${Number(speed.toPrecision(3))}×`;
}

export function SpeedSelect({
  speed,
  onChange,
}: {
  speed: number;
  onChange: (speed: number) => void;
}) {
  const id = useId();
  const options = (SPEEDS as readonly number[]).includes(speed)
    ? SPEEDS
    : [...SPEEDS, speed].sort((a, b) => a - b);
  return (
    <span className="flex items-center gap-1 text-xs">
      <label htmlFor={id} className="font-medium">
        Speed
      </label>
      <select
        id={id}
        value={speed}
        onChange={(e) => onChange(Number(e.target.value))}
        title="Simulated time per second of real time"
        className="rounded-md border border-slate-300 bg-white px-1 py-1 text-xs dark:border-slate-600 dark:bg-slate-900"
      >
        {options.map((s) => (
          <option key={s} value={s}>
            {formatSpeed(s)}
          </option>
        ))}
      </select>
    </span>
  );
}
