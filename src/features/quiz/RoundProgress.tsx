/** "Question 3 of 7" with a bar; the bar is decoration, the text is what is announced. */
export function RoundProgress({ index, total }: { index: number; total: number }) {
  return (
    <div className="mt-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Question {index + 1} of {total}
      </p>
      <div
        aria-hidden="true"
        className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className="h-full rounded-full bg-blue-600"
          style={{ width: `${((index + 1) / total) * 100}%` }}
        />
      </div>
    </div>
  );
}
