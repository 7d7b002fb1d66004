/**
 * Draws the diagram as a standalone SVG document (for slides and handouts). Built with DOM
 * calls and textContent, so a label can never inject markup.
 */
import { findVariant, getKind } from '../../../domain/catalog/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';
import { ICON_PATHS } from '../../../ui/Icon.tsx';
import { EDGE_STYLE } from '../canvas/flow-types.ts';

const NS = 'http://www.w3.org/2000/svg';
const W = 200;
const H = 64;
const PAD = 40;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.append(node);
  return node;
}

/**
 * The diagram as SVG text. `framed`: with the scenario's name as a title on a background, as
 * the image export draws it; unframed, only the nodes and connections on a transparent ground
 * (the Explorer's picture of the diagram while its canvas loads).
 */
export function diagramSvg(
  scenario: Scenario,
  dark = false,
  framed = true,
): { svg: string; width: number; height: number } {
  const { element, width, height } = diagramSvgElement(scenario, dark, framed);
  return { svg: new XMLSerializer().serializeToString(element), width, height };
}

/** The same drawing as an SVG element, to place in the page. */
export function diagramSvgElement(
  scenario: Scenario,
  dark = false,
  framed = true,
): { element: SVGSVGElement; width: number; height: number } {
  const xs = scenario.nodes.map((n) => n.position.x);
  const ys = scenario.nodes.map((n) => n.position.y);
  const minX = (framed ? Math.min(0, ...xs) : Math.min(...xs)) - PAD;
  const minY = framed ? Math.min(0, ...ys) - PAD - 24 : Math.min(...ys) - PAD;
  const width = Math.max(...xs.map((x) => x + W), 200) - minX + PAD;
  const height = Math.max(...ys.map((y) => y + H), 100) - minY + PAD;
  const fg = dark ? '#e2e8f0' : '#0f172a';
  const bg = dark ? '#0f172a' : '#ffffff';

  const svg = el('svg', {
    xmlns: NS,
    width,
    height,
    viewBox: `${minX} ${minY} ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
  });
  if (framed) el('rect', { x: minX, y: minY, width, height, fill: bg }, svg);
  const defs = el('defs', {}, svg);
  const marker = el(
    'marker',
    {
      id: 'arrow',
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 7,
      markerHeight: 7,
      orient: 'auto-start-reverse',
    },
    defs,
  );
  el('path', { d: 'M0 0 L10 5 L0 10 z', fill: '#64748b' }, marker);
  if (framed) {
    const title = el(
      'text',
      { x: minX + PAD / 2, y: minY + 26, 'font-size': 16, 'font-weight': 600, fill: fg },
      svg,
    );
    title.textContent = scenario.name;
  }

  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  for (const edge of scenario.edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    if (!a || !b) continue;
    const model = findVariant(a.kind, b.kind, edge.variant)?.model ?? 'sync';
    const style = EDGE_STYLE[model];
    const x1 = a.position.x + W;
    const y1 = a.position.y + H / 2;
    const x2 = b.position.x;
    const y2 = b.position.y + H / 2;
    const c = Math.max(40, Math.abs(x2 - x1) / 2);
    el(
      'path',
      {
        d: `M${x1} ${y1} C${x1 + c} ${y1} ${x2 - c} ${y2} ${x2} ${y2}`,
        fill: 'none',
        stroke: '#64748b',
        'stroke-width': style.width,
        'stroke-dasharray': style.dash ?? 'none',
        'marker-end': 'url(#arrow)',
      },
      svg,
    );
  }

  for (const node of scenario.nodes) {
    const kind = getKind(node.kind);
    const g = el('g', { transform: `translate(${node.position.x} ${node.position.y})` }, svg);
    el(
      'rect',
      { width: W, height: H, rx: 8, fill: dark ? '#1e293b' : '#ffffff', stroke: '#94a3b8' },
      g,
    );
    el('rect', { width: 6, height: H, rx: 3, fill: kind.color }, g);
    const icon = el(
      'g',
      {
        transform: 'translate(16 20)',
        fill: 'none',
        stroke: kind.color,
        'stroke-width': 1.8,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
      g,
    );
    el('path', { d: ICON_PATHS[kind.icon] ?? '' }, icon);
    const label = el('text', { x: 50, y: 28, 'font-size': 14, 'font-weight': 600, fill: fg }, g);
    label.textContent = node.label.length > 22 ? `${node.label.slice(0, 21)}…` : node.label;
    const sub = el(
      'text',
      { x: 50, y: 46, 'font-size': 11, fill: dark ? '#94a3b8' : '#475569' },
      g,
    );
    sub.textContent = kind.shortLabel;
  }
  return { element: svg, width, height };
}
