/** The chart's accessible name (part of the interface contract in DESIGN.md). */
export const CHART_NAME = 'Cost per month against traffic';
