/**
 * Seeded pseudo-random numbers. sfc32 (Chris Doty-Humphrey's "small fast counting" generator):
 * 128 bits of state, passes PractRand, and uses only 32-bit integer operations, which V8 runs
 * without allocating. Each node of a scenario gets its own stream (seed mixed with the node id),
 * so editing one node does not reshuffle the random draws of every other node.
 */

/** 32-bit string hash (FNV-1a), to derive a per-node stream from the scenario seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** splitmix32: spreads a small seed over all bits so that seeds 1 and 2 give unrelated streams. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

const TWO_POW_32 = 4294967296;

/**
 * Tables of the ziggurat method for the exponential distribution (Marsaglia & Tsang, "The
 * Ziggurat Method for Generating Random Variables", J. Stat. Software 5(8), 2000), 256 layers.
 * Exact, and ~99 % of draws cost one random number and one multiply instead of a logarithm.
 * The layer comes from the low 8 bits of a 32-bit draw and the position from the other 24,
 * so the two are independent.
 */
const ZIG_R = 7.697117470131487;
const ZIG_V = 3.949659822581572e-3;
const ZIG_M = 16777216; // 2^24
const zigK = new Uint32Array(256);
const zigW = new Float64Array(256);
const zigF = new Float64Array(256);
{
  let de = ZIG_R;
  let te = de;
  const q = ZIG_V / Math.exp(-de);
  zigK[0] = Math.floor((de / q) * ZIG_M);
  zigK[1] = 0;
  zigW[0] = q / ZIG_M;
  zigW[255] = de / ZIG_M;
  zigF[0] = 1;
  zigF[255] = Math.exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(ZIG_V / de + Math.exp(-de));
    zigK[i + 1] = Math.floor((de / te) * ZIG_M);
    te = de;
    zigF[i] = Math.exp(-de);
    zigW[i] = de / ZIG_M;
  }
}

export class Rng {
  /** The four 32-bit words of state, in a typed array so updates never allocate. */
  private readonly s = new Int32Array(4);
  private spare = NaN;

  /** `seed` is any 32-bit integer; `stream` separates independent streams of one seed. */
  constructor(seed: number, stream = 0) {
    let state = (seed ^ Math.imul(stream | 0, 0x27d4eb2d)) | 0;
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(state);
      state = next;
      this.s[i] = out;
    }
    // The first outputs of sfc32 are weakly mixed; discard a few, as its author recommends.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const a = s[0] as number;
    const b = s[1] as number;
    const c = s[2] as number;
    const d = s[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t >>> 0;
  }

  /** Exponentially distributed with the given mean (ziggurat method, see the tables above). */
  exp(mean: number): number {
    const bits = this.nextUint32();
    const layer = bits & 255;
    const j = bits >>> 8;
    if (j < (zigK[layer] as number)) return j * (zigW[layer] as number) * mean;
    return this.expSlow(layer, j) * mean;
  }

  /** The rare draws outside the ziggurat's rectangles: the tail, or a wedge test. */
  private expSlow(layer: number, j: number): number {
    for (;;) {
      if (layer === 0) return ZIG_R - Math.log(1 - this.next());
      const x = j * (zigW[layer] as number);
      const f = zigF[layer] as number;
      if (f + this.next() * ((zigF[layer - 1] as number) - f) < Math.exp(-x)) return x;
      const bits = this.nextUint32();
      layer = bits & 255;
      j = bits >>> 8;
      if (j < (zigK[layer] as number)) return j * (zigW[layer] as number);
    }
  }

  /** Standard normal (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spare === this.spare) {
      const v = this.spare;
      this.spare = NaN;
      return v;
    }
    const u = 1 - this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and shape σ (σ = 0 gives the median exactly). */
  logNormal(median: number, sigma: number): number {
    return sigma === 0 ? median : median * Math.exp(sigma * this.normal());
  }

  /** Log-normal whose *mean* is `mean`: used for "a distribution around the configured value". */
  aroundMean(mean: number, sigma: number): number {
    return this.logNormal(mean * Math.exp((-sigma * sigma) / 2), sigma);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p > 0 && (p >= 1 || this.next() < p);
  }
}
