/** One colour per design, the same in the chart, the tables and the legend. */
export const DESIGN_COLORS = { lambda: '#ea580c', containers: '#0f766e' } as const;
