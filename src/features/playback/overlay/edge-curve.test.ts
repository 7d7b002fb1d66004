import { pointAt, sampleCurve } from './edge-curve.ts';

describe('points along an edge', () => {
  it('go from the source handle to the target handle', () => {
    const curve = sampleCurve({ x: 0, y: 0 }, { x: 200, y: 100 });
    const p = { x: 0, y: 0 };
    expect(pointAt(curve, 0, p)).toEqual({ x: 0, y: 0 });
    const end = pointAt(curve, 1, p);
    expect(end.x).toBeCloseTo(200);
    expect(end.y).toBeCloseTo(100);
  });

  it('move at an even pace along a straight edge', () => {
    const curve = sampleCurve({ x: 0, y: 0 }, { x: 200, y: 0 });
    expect(curve.length).toBeCloseTo(200);
    expect(pointAt(curve, 0.25, { x: 0, y: 0 }).x).toBeCloseTo(50, 0);
  });

  it('follow React Flow’s curve: the middle of an S-curve is the midpoint', () => {
    const curve = sampleCurve({ x: 0, y: 0 }, { x: 200, y: 100 });
    const mid = pointAt(curve, 0.5, { x: 0, y: 0 });
    expect(mid.x).toBeCloseTo(100, 0);
    expect(mid.y).toBeCloseTo(50, 0);
  });
});
