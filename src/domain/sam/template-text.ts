/**
 * Template text → a YAML document tree (kept for lossless export) and a plain JSON-like
 * value with CloudFormation's short-form tags turned into their long forms. JSON templates
 * go through the same parser (JSON is YAML). Never throws: problems are one-line sentences
 * that name the line where the parser knows it.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

/** Templates are at most 1 MB for CloudFormation itself; 2 MB leaves room for comments. */
export const MAX_TEMPLATE_BYTES = 2_000_000;

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
export type PlainMap = { [key: string]: Plain };

/** Short-form tag → long-form key. */
const SHORT_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  ...Object.fromEntries(
    [
      'GetAtt',
      'Sub',
      'Join',
      'If',
      'Select',
      'Split',
      'FindInMap',
      'ImportValue',
      'GetAZs',
      'Equals',
      'Not',
      'And',
      'Or',
      'Base64',
      'Cidr',
      'Length',
      'ToJsonString',
      'Transform',
    ].map((name) => [`!${name}`, `Fn::${name}`]),
  ),
};

export interface ParsedTemplate {
  ok: true;
  doc: Document;
  lines: LineCounter;
  value: PlainMap;
  /** 1-based line of a node in the text, for messages. */
  lineOf: (node: YamlNode | null | undefined) => number | undefined;
}

export type ParseResult = ParsedTemplate | { ok: false; error: string };

class TemplateProblem extends Error {}

/** Aliases expanded in the current parse: a few aliases can otherwise expand to gigabytes. */
const aliasCount = { n: 0 };

export function parseTemplateText(text: string): ParseResult {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof TemplateProblem) return { ok: false, error: error.message };
    return { ok: false, error: 'This file could not be read as a template.' };
  }
}

function parse(text: string): ParseResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEMPLATE_BYTES) {
    return {
      ok: false,
      error: `This file is ${(bytes / 1e6).toFixed(1)} MB; a template can be at most 2 MB.`,
    };
  }
  if (text.trim() === '') return { ok: false, error: 'This file is empty.' };
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: true,
    keepSourceTokens: false,
    // CloudFormation reads YAML 1.1 scalars as strings it converts itself; 1.2 "core" keeps
    // `2010-09-09` and `yes` as text, which is what the template author meant.
    version: '1.2',
  });
  const lineOf = (node: YamlNode | null | undefined) =>
    node?.range ? lines.linePos(node.range[0]).line : undefined;
  const firstError = doc.errors[0];
  if (firstError) {
    const at = firstError.linePos?.[0]?.line;
    const what = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      ok: false,
      error: `${at ? `Line ${at}: ` : ''}this is not valid YAML or JSON (${what}).`,
    };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    return {
      ok: false,
      error: 'This file is not a CloudFormation or SAM template: it is not a map of sections.',
    };
  }
  aliasCount.n = 0;
  const value = toPlain(root, doc, lineOf);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'This file is not a CloudFormation or SAM template.' };
  }
  if (!Object.hasOwn(value, 'Resources')) {
    return {
      ok: false,
      error: 'This file is not a CloudFormation or SAM template: it has no Resources section.',
    };
  }
  const resources = value.Resources;
  if (!resources || typeof resources !== 'object' || Array.isArray(resources)) {
    const line = lineOf(root.get('Resources', true) as YamlNode | undefined);
    return {
      ok: false,
      error: `${line ? `Line ${line}: ` : ''}Resources must be a map of logical IDs to resources.`,
    };
  }
  return { ok: true, doc, lines, value, lineOf };
}

function toPlain(
  node: unknown,
  doc: Document,
  lineOf: (node: YamlNode | null | undefined) => number | undefined,
  depth = 0,
): Plain {
  if (depth > 200) throw new TemplateProblem('This template is nested too deeply to read.');
  if (isAlias(node)) {
    if ((aliasCount.n += 1) > 1000)
      throw new TemplateProblem('This template uses too many YAML aliases.');
    return toPlain(node.resolve(doc), doc, lineOf, depth + 1);
  }
  let value: Plain;
  if (isScalar(node)) {
    const v = node.value;
    value =
      v === null || v === undefined
        ? null
        : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string'
          ? v
          : String(v);
  } else if (isSeq(node)) {
    value = node.items.map((item) => toPlain(item, doc, lineOf, depth + 1));
  } else if (isMap(node)) {
    const out: PlainMap = {};
    for (const pair of node.items) {
      const key = toPlain(pair.key, doc, lineOf, depth + 1);
      const name = typeof key === 'string' ? key : JSON.stringify(key);
      // defineProperty keeps a "__proto__" key as plain data.
      Object.defineProperty(out, name, {
        value: toPlain(pair.value, doc, lineOf, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    value = out;
  } else {
    value = null;
  }
  const tag = (node as { tag?: string } | null)?.tag;
  if (tag && (isScalar(node) || isSeq(node) || isMap(node)) && !isStandardTag(tag)) {
    const long = SHORT_TAGS[tag];
    if (!long) {
      const line = lineOf(node as YamlNode);
      throw new TemplateProblem(
        `${line ? `Line ${line}: ` : ''}unknown tag ${tag.slice(0, 40)} (CloudFormation knows !Ref, !GetAtt, !Sub, !Join, !If and the other Fn:: short forms).`,
      );
    }
    if (long === 'Fn::GetAtt' && typeof value === 'string') {
      const dot = value.indexOf('.');
      value = dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value];
    }
    return { [long]: value };
  }
  return value;
}

function isStandardTag(tag: string): boolean {
  return tag.startsWith('tag:yaml.org,2002:') || tag === '!';
}

export function isPlainMap(value: Plain | undefined): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
