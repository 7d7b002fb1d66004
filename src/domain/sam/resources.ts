/**
 * Reading a template's Resources: Globals merged into SAM resources, Parameters' defaults,
 * and the effective properties the importer works from.
 */
import type { Plain, PlainMap } from './template-text.ts';
import { isPlainMap } from './template-text.ts';

export interface Resource {
  id: string;
  type: string;
  /** Properties with the matching Globals section merged in (the resource's own win). */
  props: PlainMap;
  /** Property names that came from Globals (for the report and for export). */
  fromGlobals: ReadonlySet<string>;
  condition?: string;
}

const GLOBALS_SECTION: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};

export function readResources(template: PlainMap): { resources: Resource[]; problems: string[] } {
  const problems: string[] = [];
  const raw = template.Resources as PlainMap;
  const globals = isPlainMap(template.Globals) ? template.Globals : {};
  const resources: Resource[] = [];
  for (const [id, value] of Object.entries(raw)) {
    if (!isPlainMap(value) || typeof value.Type !== 'string') {
      problems.push(id);
      resources.push({ id, type: '', props: {}, fromGlobals: new Set() });
      continue;
    }
    const own = isPlainMap(value.Properties) ? value.Properties : {};
    const section = GLOBALS_SECTION[value.Type];
    const global = section && isPlainMap(globals[section]) ? (globals[section] as PlainMap) : {};
    const fromGlobals = new Set(Object.keys(global).filter((k) => !Object.hasOwn(own, k)));
    resources.push({
      id,
      type: value.Type,
      props: merge(global, own),
      fromGlobals,
      ...(typeof value.Condition === 'string' ? { condition: value.Condition } : {}),
    });
  }
  return { resources, problems };
}

/** SAM's Globals rule: maps merge key by key, anything else on the resource replaces. */
function merge(global: PlainMap, own: PlainMap): PlainMap {
  const out: PlainMap = { ...global };
  for (const [key, value] of Object.entries(own)) {
    const base = out[key];
    out[key] =
      isPlainMap(base) && isPlainMap(value) && !isIntrinsic(value) ? merge(base, value) : value;
  }
  return out;
}

export function isIntrinsic(value: Plain): boolean {
  if (!isPlainMap(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'))
  );
}

/**
 * A value with the parts the importer can settle replaced: `!Ref Param` by the parameter's
 * default, `!If` by its first branch, `!FindInMap` with literal keys by the mapping's value.
 */
export function settleValue(
  value: Plain | undefined,
  template: PlainMap,
  note: (text: string) => void,
): Plain | undefined {
  if (!isPlainMap(value)) return value;
  const params = isPlainMap(template.Parameters) ? template.Parameters : {};
  if (typeof value.Ref === 'string') {
    const param = params[value.Ref];
    if (isPlainMap(param) && param.Default !== undefined) return param.Default;
    return undefined;
  }
  const ifValue = value['Fn::If'];
  if (Array.isArray(ifValue) && ifValue.length === 3) {
    note(`the value under condition ${String(ifValue[0])} is read as if it were true`);
    return settleValue(ifValue[1], template, note);
  }
  const inMap = value['Fn::FindInMap'];
  if (Array.isArray(inMap) && inMap.every((k) => typeof k === 'string')) {
    const [map, top, second] = inMap as string[];
    const mappings = isPlainMap(template.Mappings) ? template.Mappings : {};
    const found = (mappings[map!] as PlainMap | undefined)?.[top!];
    return isPlainMap(found) ? found[second!] : undefined;
  }
  return undefined;
}
