/** The live figures other features draw on concept pages (see src/ui/figure-slots.ts). */
import { lazy } from 'react';
import { provideFigure } from '../ui/figure-slots.ts';

provideFigure(
  'crossover',
  lazy(() => import('../features/compare/CrossoverFigure.tsx')),
);
