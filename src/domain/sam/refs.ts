/**
 * Following names through a template: which resources a value points at, through `Ref`,
 * `Fn::GetAtt`, `Fn::Sub` (and its variables), Parameters used as resource names
 * (`BucketName: !Ref BucketParam` makes `!Ref BucketParam` elsewhere mean that bucket) and
 * literal names.
 */
import type { Plain, PlainMap } from './template-text.ts';
import { isPlainMap } from './template-text.ts';

const NAME_PROPERTIES = [
  'BucketName',
  'TableName',
  'QueueName',
  'TopicName',
  'FunctionName',
  'StreamName',
  'StateMachineName',
  'Name',
];

const SUB_VARIABLE = /\$\{([^!}][^}]*)\}/g;

export interface Names {
  resources: ReadonlySet<string>;
  /** Canonical form of a name value → the resources with that name. */
  byName: ReadonlyMap<string, readonly string[]>;
}

/** `!Sub "${X}"` and `!Ref X` name the same thing. */
function canonical(value: Plain): string {
  if (isPlainMap(value)) {
    const sub = value['Fn::Sub'];
    if (typeof sub === 'string' && /^\$\{[A-Za-z0-9]+\}$/.test(sub)) {
      return JSON.stringify({ Ref: sub.slice(2, -1) });
    }
  }
  return JSON.stringify(value);
}

export function indexNames(resources: PlainMap): Names {
  const byName = new Map<string, string[]>();
  for (const [id, resource] of Object.entries(resources)) {
    if (!isPlainMap(resource) || !isPlainMap(resource.Properties)) continue;
    for (const prop of NAME_PROPERTIES) {
      const name = resource.Properties[prop];
      if (name === undefined || name === null || typeof name === 'number') continue;
      const key = canonical(name);
      byName.set(key, [...(byName.get(key) ?? []), id]);
    }
  }
  return { resources: new Set(Object.keys(resources)), byName };
}

/** Every resource a value points at (in the order met). */
export function referencedResources(value: Plain | undefined, names: Names): string[] {
  const found: string[] = [];
  const add = (id: string) => {
    if (!found.includes(id)) found.push(id);
  };
  const viaName = (v: Plain) => {
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return false;
    if (typeof v === 'string' && v.length < 3) return false;
    const hit = names.byName.get(canonical(v));
    hit?.forEach(add);
    return hit !== undefined;
  };
  const refName = (name: string) => {
    const base = name.split('.')[0]!;
    if (names.resources.has(base)) add(base);
    else names.byName.get(JSON.stringify({ Ref: base }))?.forEach(add);
  };
  const walk = (v: Plain | undefined, depth: number) => {
    if (v === undefined || v === null || depth > 60) return;
    if (viaName(v)) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    if (!isPlainMap(v)) return;
    const ref = v.Ref;
    if (typeof ref === 'string') return refName(ref);
    const getAtt = v['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return refName(getAtt[0]);
    if (typeof getAtt === 'string') return refName(getAtt);
    const sub = v['Fn::Sub'];
    if (sub !== undefined) {
      const [text, vars] = Array.isArray(sub) ? [sub[0], sub[1]] : [sub, undefined];
      const local = isPlainMap(vars) ? vars : {};
      if (typeof text === 'string') {
        for (const match of text.matchAll(SUB_VARIABLE)) {
          const name = match[1]!.trim();
          if (Object.hasOwn(local, name)) continue;
          if (!name.startsWith('AWS::')) refName(name);
        }
      }
      walk(vars, depth + 1);
      return;
    }
    for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(value, 0);
  return found;
}

/** The logical id a `!Ref X` / `!GetAtt X.Arn` value names directly, if it is one of those. */
export function directReference(value: Plain | undefined): string | undefined {
  if (!isPlainMap(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return undefined;
}
