/** Simple line icons for node kinds and tools (drawn here; no icon font, no external assets). */
const PATHS: Record<string, string> = {
  users:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6m-1.5-5.6A6 6 0 0 1 22 20',
  upload: 'M12 16V4m0 0l-5 5m5-5l5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm0-13v5l3 2',
  spark: 'M12 3v4m0 10v4M3 12h4m10 0h4M6 6l2.5 2.5m7 7L18 18M6 18l2.5-2.5m7-7L18 6',
  lambda: 'M6 20l5.5-10L9 5H6m3 0h2l7 15h3',
  api: 'M4 7h16M4 12h16M4 17h16M8 4v16m8-16v16',
  bucket:
    'M4 6c0 1.7 3.6 3 8 3s8-1.3 8-3-3.6-3-8-3-8 1.3-8 3zm0 0l2 13c.3 1.2 2.9 2 6 2s5.7-.8 6-2l2-13',
  topic:
    'M12 12m-2 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0M12 10V4m0 16v-6m2-2h6M4 12h6m3.5-3.5L18 4M6 18l4.5-4.5m3 0L18 18M6 6l4.5 4.5',
  queue: 'M3 7h4v10H3zm7 0h4v10h-4zm7 0h4v10h-4z',
  table:
    'M4 6c0 1.7 3.6 3 8 3s8-1.3 8-3-3.6-3-8-3-8 1.3-8 3zm0 0v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  bus: 'M3 12h18M7 8l-4 4 4 4m10-8l4 4-4 4M12 4v16',
  flow: 'M5 4h6v5H5zm8 11h6v5h-6zM8 9v3a2 2 0 0 0 2 2h6v1',
  stream: 'M3 8c3-3 6 3 9 0s6 3 9 0M3 14c3-3 6 3 9 0s6 3 9 0M3 20c3-3 6 3 9 0s6 3 9 0',
  balancer: 'M12 3v5m0 0l-7 5m7-5l7 5m-7-5v5M3 13h4v6H3zm7 0h4v6h-4zm7 0h4v6h-4z',
  tasks: 'M3 4h8v7H3zm10 0h8v7h-8zM3 13h8v7H3zm10 0h8v7h-8z',
};

export function Icon({
  name,
  className = 'h-5 w-5',
  color,
}: {
  name: string;
  className?: string;
  color?: string;
}) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke={color ?? 'currentColor'}
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name] ?? PATHS.spark} />
    </svg>
  );
}

export const ICON_PATHS = PATHS;
