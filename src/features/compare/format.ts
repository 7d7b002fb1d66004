/** Numbers as the experiment shows them. */
export const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

export const usd = (v: number) =>
  v >= 100
    ? `$${Math.round(v).toLocaleString('en-US')}`
    : v >= 1
      ? `$${v.toFixed(2)}`
      : `$${v.toFixed(4)}`;

export const count = (v: number) => Math.round(v).toLocaleString('en-US');
