/**
 * Edits a template's text where the YAML document tree says a value sits, and leaves every
 * other byte alone: comments, key order, quoting, intrinsics and blank lines survive. Each
 * change is a splice of the original text; changes are collected first and applied together.
 */
import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Plain, PlainMap } from './template-text.ts';
import { isPlainMap } from './template-text.ts';
import { renderJsonValue, renderYamlEntry, renderYamlValue } from './yaml-render.ts';

interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

interface Addition {
  map: YAMLMap;
  key: string;
  value: Plain;
}

/** The explorer's own Metadata is written compactly (one line per node). */
const COMPACT_KEYS = ['Metadata', 'ServerlessExplorer'];

export class TemplateEditor {
  private readonly splices: Splice[] = [];
  private readonly additions: Addition[] = [];
  private readonly appends = new Map<YamlNode, Plain[]>();
  readonly problems: string[] = [];

  constructor(
    private readonly text: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Sets the value at a path, creating the maps on the way that do not exist yet. */
  set(path: readonly string[], value: Plain | undefined) {
    if (value === undefined) return this.delete(path);
    let map = this.doc.contents as YamlNode;
    for (let i = 0; i < path.length; i++) {
      if (!isMap(map)) {
        this.problems.push(
          `${path.slice(0, i).join('.')} is not a map; ${path.join('.')} was not written.`,
        );
        return;
      }
      const pair = findPair(map, path[i]!);
      if (!pair) {
        const nested = path
          .slice(i + 1)
          .reduceRight<Plain>((inner, key) => ({ [key]: inner }), value);
        this.add(map, path[i]!, nested);
        return;
      }
      if (i === path.length - 1) return this.replace(pair, value);
      map = pair.value as YamlNode;
    }
  }

  delete(path: readonly string[]) {
    const parent = this.nodeAt(path.slice(0, -1));
    if (!isMap(parent)) return;
    const pair = findPair(parent, path[path.length - 1]!);
    if (!pair || !pair.key) return;
    const key = pair.key as YamlNode;
    if (parent.flow) {
      const index = parent.items.indexOf(pair);
      const previous = parent.items[index - 1];
      const next = parent.items[index + 1];
      if (previous) this.splice(endOf(previous), endOf(pair), '');
      else if (next) this.splice(key.range![0], (next.key as YamlNode).range![0], '');
      else this.splice(key.range![0], endOf(pair), '');
      return;
    }
    this.splice(lineStart(this.text, key.range![0]), lineAfter(this.text, endOf(pair)), '');
  }

  /** Appends an item to the list at a path (made when absent). */
  append(path: readonly string[], item: Plain) {
    const node = this.nodeAt(path);
    if (node === undefined) {
      // Items for one new list are gathered and written once.
      const pending = this.additions.find(
        (a) => a.key === path[path.length - 1] && a.map === this.nodeAt(path.slice(0, -1)),
      );
      if (pending && Array.isArray(pending.value)) pending.value.push(item);
      else this.set(path, [item]);
      return;
    }
    if (!isSeq(node)) {
      this.problems.push(`${path.join('.')} is not a list; an item was not added to it.`);
      return;
    }
    this.appends.set(node, [...(this.appends.get(node) ?? []), item]);
  }

  nodeAt(path: readonly string[]): YamlNode | undefined {
    let node = this.doc.contents as YamlNode | null;
    for (const key of path) {
      if (!isMap(node)) return undefined;
      const pair = findPair(node, key);
      if (!pair) return undefined;
      node = pair.value as YamlNode | null;
    }
    return node ?? undefined;
  }

  has(path: readonly string[]): boolean {
    return this.nodeAt(path) !== undefined || path.length === 0;
  }

  result(): string {
    for (const { map, key, value } of this.additions) this.writeAddition(map, key, value);
    for (const [seq, items] of this.appends) this.writeAppend(seq, items);
    let out = this.text;
    const ordered = [...this.splices].sort((a, b) => b.start - a.start || b.order - a.order);
    for (const s of ordered) out = out.slice(0, s.start) + s.text + out.slice(s.end);
    return out;
  }

  private add(map: YAMLMap, key: string, value: Plain) {
    const same = this.additions.find((a) => a.map === map && a.key === key);
    if (same && isPlainMap(same.value) && isPlainMap(value))
      same.value = deepMerge(same.value, value);
    else this.additions.push({ map, key, value });
  }

  private replace(pair: Pair, value: Plain) {
    const node = pair.value as YamlNode | null;
    if (node && isScalar(node) && !node.tag && !isPlainMap(value) && !Array.isArray(value)) {
      const flow = this.isJson();
      const text = flow ? JSON.stringify(value) : scalarText(node, value);
      this.splice(node.range![0], node.range![1], text);
      return;
    }
    // A collection (or tagged value) is rewritten whole: the pair goes, the new one comes.
    const key = pair.key as YamlNode;
    const map = this.parentOf(pair);
    if (!map) return;
    if (map.flow) {
      this.splice(node!.range![0], node!.range![1], renderJsonValue(value, this.columnOf(key)));
      return;
    }
    const indent = this.columnOf(key);
    this.splice(
      lineStart(this.text, key.range![0]),
      lineAfter(this.text, endOf(pair)),
      renderYamlEntry(
        String((key as { value?: unknown }).value),
        value,
        indent,
        COMPACT_KEYS.includes(String((key as { value?: unknown }).value)),
      ) + '\n',
    );
  }

  private writeAddition(map: YAMLMap, key: string, value: Plain) {
    const last = map.items[map.items.length - 1];
    if (map.flow) {
      const indent = last?.key ? this.columnOf(last.key as YamlNode) : 2;
      const entry = `${JSON.stringify(key)}: ${renderJsonValue(value, indent)}`;
      if (last) this.splice(endOf(last), endOf(last), `,\n${' '.repeat(indent)}${entry}`);
      else this.splice(map.range![0] + 1, map.range![0] + 1, entry);
      return;
    }
    if (!last?.key) {
      this.problems.push(`an empty map cannot take ${key}; it was not written.`);
      return;
    }
    const indent = this.columnOf(last.key as YamlNode);
    const at = lineAfter(this.text, endOf(last));
    const entry = renderYamlEntry(key, value, indent, COMPACT_KEYS.includes(key));
    // A file without a final newline keeps that: the new entry goes on a line of its own.
    if (at > 0 && this.text[at - 1] !== '\n') this.splice(at, at, '\n' + entry);
    else this.splice(at, at, entry + '\n');
  }

  private writeAppend(seq: YamlNode, items: Plain[]) {
    if (!isSeq(seq)) return;
    const last = seq.items[seq.items.length - 1] as YamlNode | undefined;
    if (seq.flow || !last) {
      const close = seq.range![1] - 1;
      const json = items.map((i) =>
        this.isJson() ? JSON.stringify(i) : renderYamlValue(i, 0).trim(),
      );
      this.splice(close, close, (seq.items.length ? ', ' : '') + json.join(', '));
      return;
    }
    const indent = this.columnOf(last) - 2;
    const at = lineAfter(this.text, last.range![1]);
    const before = at > 0 && this.text[at - 1] !== '\n' ? '\n' : '';
    const text = items
      .map(
        (item) =>
          ' '.repeat(indent) + '-' + renderYamlValue(item, indent).replace(/^\n\s*/, ' ') + '\n',
      )
      .join('');
    this.splice(at, at, before + text);
  }

  private parentOf(pair: Pair): YAMLMap | undefined {
    let found: YAMLMap | undefined;
    const walk = (node: unknown) => {
      if (found) return;
      if (isMap(node)) {
        if (node.items.includes(pair as never)) found = node;
        node.items.forEach((p) => walk(p.value));
      } else if (isSeq(node)) node.items.forEach(walk);
    };
    walk(this.doc.contents);
    return found;
  }

  private isJson(): boolean {
    return isMap(this.doc.contents) && Boolean(this.doc.contents.flow);
  }

  private columnOf(node: YamlNode): number {
    return this.lines.linePos(node.range![0]).col - 1;
  }

  private splice(start: number, end: number, text: string) {
    // New lines follow the file's own line endings (some templates are written on Windows).
    const crlf = this.text.includes('\r\n');
    const written = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
    this.splices.push({ start, end, text: written, order: this.splices.length });
  }
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function endOf(pair: Pair): number {
  const value = pair.value as YamlNode | null;
  return value?.range ? value.range[1] : (pair.key as YamlNode).range![1];
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineAfter(text: string, at: number): number {
  // The end of a block value can sit at the start of the next line already.
  if (at > 0 && text[at - 1] === '\n') return at;
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline + 1;
}

function scalarText(node: YamlNode, value: Plain): string {
  if (typeof value === 'string') {
    const type = (node as { type?: string }).type;
    if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
    return renderYamlValue(value, 0).trim();
  }
  return String(value);
}

function deepMerge(a: PlainMap, b: PlainMap): PlainMap {
  const out: PlainMap = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const base = out[k];
    out[k] = isPlainMap(base) && isPlainMap(v) ? deepMerge(base, v) : v;
  }
  return out;
}
