/**
 * Live figures that another feature draws on a concept page (the containers experiment's
 * crossover chart). The app provides them when the concept screen loads (src/app/figures.ts),
 * so the Learn feature does not import the feature that draws them; each stays lazy.
 */
import type { ComponentType, LazyExoticComponent } from 'react';

export type FigureComponent = LazyExoticComponent<ComponentType<{ caption: string }>>;

const provided = new Map<string, FigureComponent>();

export function provideFigure(id: string, component: FigureComponent): void {
  provided.set(id, component);
}

export function providedFigure(id: string): FigureComponent | undefined {
  return provided.get(id);
}
