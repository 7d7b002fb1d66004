/** What a load balancer on the canvas measures (the engine fills it; pricing.ts prices it). */
export type AlbUsage = {
  kind: 'alb';
  /** Hours the load balancer existed during the period. */
  hours: number;
  /** LCUs billed (the highest of the four dimensions) × hours. */
  lcuHours: number;
};

/** Fields that grow with time (see pricing/scale.ts). */
export const ALB_TOTALS = ['hours', 'lcuHours'] as const;
