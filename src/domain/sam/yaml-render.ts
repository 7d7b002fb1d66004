/**
 * Plain values → template text: YAML with CloudFormation's short-form tags (`!Ref X`,
 * `!GetAtt X.Arn`, `!Sub …`) where a long form has one, or JSON for JSON templates.
 */
import { Document, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import type { Plain } from './template-text.ts';
import { isPlainMap } from './template-text.ts';

const SHORT: Readonly<Record<string, string>> = {
  Ref: '!Ref',
  'Fn::GetAtt': '!GetAtt',
  'Fn::Sub': '!Sub',
  'Fn::Join': '!Join',
  'Fn::If': '!If',
  'Fn::Select': '!Select',
  'Fn::Split': '!Split',
  'Fn::FindInMap': '!FindInMap',
  'Fn::ImportValue': '!ImportValue',
  'Fn::GetAZs': '!GetAZs',
  'Fn::Equals': '!Equals',
  'Fn::Not': '!Not',
  'Fn::And': '!And',
  'Fn::Or': '!Or',
  'Fn::Base64': '!Base64',
  'Fn::Cidr': '!Cidr',
};

/**
 * A document whose intrinsic-function maps are written in short form; `compact` writes maps
 * and lists of plain values on one line (for the explorer's own Metadata).
 */
export function yamlDocument(value: Plain, compact = false): Document {
  const doc = new Document(value);
  if (compact) {
    visit(doc, {
      Collection(_, node) {
        if (
          node.items.every((i) => (isScalar(i) ? true : isScalar((i as { value?: unknown }).value)))
        ) {
          node.flow = node.items.length > 0;
        }
      },
    });
  }
  visit(doc, {
    Map(_, node) {
      if (node.items.length !== 1) return undefined;
      const pair = node.items[0]!;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const tag = SHORT[key];
      if (!tag) return undefined;
      let inner = pair.value as YamlNode | null;
      if (!inner) return undefined;
      // !GetAtt A.B reads better than a two-item list.
      if (
        key === 'Fn::GetAtt' &&
        isSeq(inner) &&
        inner.items.length === 2 &&
        inner.items.every(isScalar)
      ) {
        inner = doc.createNode(
          inner.items.map((i) => String((i as { value: unknown }).value)).join('.'),
        );
      }
      if (isMap(inner) && inner.tag) return undefined;
      if (isSeq(inner)) inner.flow = inner.items.every(isScalar);
      inner.tag = tag;
      return inner;
    },
  });
  return doc;
}

/** Text of a value to stand after `key:` at a given indentation (block YAML). */
export function renderYamlValue(value: Plain, indent: number, compact = false): string {
  if (!isPlainMap(value) && !Array.isArray(value)) {
    return ' ' + yamlDocument(value).toString({ lineWidth: 0 }).trimEnd();
  }
  const text = yamlDocument(value, compact).toString({ lineWidth: 0 }).trimEnd();
  if (text.startsWith('!') && !text.includes('\n')) return ' ' + text;
  if (text.startsWith('!')) {
    const [first, ...rest] = text.split('\n');
    return ' ' + first + '\n' + rest.map((l) => ' '.repeat(indent + 2) + l).join('\n');
  }
  return (
    '\n' +
    text
      .split('\n')
      .map((l) => ' '.repeat(indent + 2) + l)
      .join('\n')
  );
}

/** One `key: value` entry at an indentation, without a trailing newline. */
export function renderYamlEntry(
  key: string,
  value: Plain,
  indent: number,
  compact = false,
): string {
  return ' '.repeat(indent) + yamlKey(key) + ':' + renderYamlValue(value, indent, compact);
}

function yamlKey(key: string): string {
  return /^[A-Za-z0-9_]+$/.test(key) ? key : JSON.stringify(key);
}

/** JSON text of a value indented to sit at `indent` spaces. */
export function renderJsonValue(value: Plain, indent: number): string {
  return JSON.stringify(value, null, 2)
    .split('\n')
    .join('\n' + ' '.repeat(indent));
}
