/**
 * AWS SAM / CloudFormation templates in and out of the explorer.
 *
 *   npm run sam -- import <template.yaml|.yml|.json> [--json]
 *   npm run sam -- export <scenario.json | share link> [--into <template>]
 *
 * import prints a summary (or, with --json, `{ scenario, report }`); export prints the template.
 * Exit codes: 0 done, 1 the input is missing or malformed (one line on stderr), 2 wrong usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseScenarioJson, scenarioToJson } from '../src/domain/share/json-file.ts';
import { decodeScenarioFragment, SHARE_ROUTE } from '../src/domain/share/link-codec.ts';
import { exportTemplate, importTemplate, MAX_TEMPLATE_BYTES } from '../src/domain/sam/index.ts';
import type { Scenario } from '../src/domain/diagram/index.ts';

const USAGE =
  'Usage: npm run sam -- import <template> [--json] | export <scenario.json or share link> [--into <template>]';

function fail(code: number, line: string): never {
  process.stderr.write(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(code);
}

function readText(path: string, what: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail(1, `${path}: no such ${what}.`);
  }
  if (size > MAX_TEMPLATE_BYTES)
    fail(1, `${path}: the file is ${(size / 1e6).toFixed(1)} MB; at most 2 MB is read.`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    fail(1, `${path}: the ${what} could not be read.`);
  }
}

function importCommand(args: string[]) {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown) fail(2, `Unknown option ${unknown}. ${USAGE}`);
  if (files.length !== 1) fail(2, USAGE);
  const path = files[0]!;
  const result = importTemplate(readText(path, 'template'), { name: basename(path) });
  if (!result.ok) fail(1, `${path}: ${result.error}`);
  const { scenario, report } = result;
  if (json) {
    const output = { scenario: JSON.parse(scenarioToJson(scenario)) as unknown, report };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  const lines = [
    `${scenario.name}: ${scenario.nodes.length} nodes, ${scenario.edges.length} connections.`,
    ...scenario.nodes.map((n) => `  node  ${n.id} (${n.kind})`),
    ...scenario.edges.map((e) => `  edge  ${e.from} → ${e.to}`),
    ...report.parameters.map((p) => `  parameter ${p.name} = ${JSON.stringify(p.default)}`),
    ...report.unsupported.map(
      (u) => `  not a node: ${u.logicalId} (${u.type || 'no type'}): ${u.reason}`,
    ),
    ...report.warnings.map((w) => `  warning: ${w}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function readScenario(source: string): Scenario {
  const at = source.indexOf(SHARE_ROUTE);
  if (at >= 0 || source.startsWith('s1.')) {
    const decoded = decodeScenarioFragment(
      at >= 0 ? source.slice(at + SHARE_ROUTE.length) : source,
    );
    if (!decoded.ok) fail(1, decoded.error);
    return decoded.scenario;
  }
  const parsed = parseScenarioJson(readText(source, 'scenario file'));
  if (!parsed.ok)
    fail(1, `${source}: not a valid scenario (${parsed.errors[0] ?? 'unknown problem'}).`);
  return parsed.scenario;
}

function exportCommand(args: string[]) {
  let into: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--into') into = args[++i] ?? fail(2, `--into needs a template. ${USAGE}`);
    else if (args[i]!.startsWith('-')) fail(2, `Unknown option ${args[i]}. ${USAGE}`);
    else rest.push(args[i]!);
  }
  if (rest.length !== 1) fail(2, USAGE);
  const scenario = readScenario(rest[0]!);
  const template = into === undefined ? undefined : readText(into, 'template');
  const result = exportTemplate(scenario, template === undefined ? {} : { into: template });
  if (!result.ok) fail(1, `${into ?? rest[0]}: ${result.error}`);
  process.stdout.write(result.text);
  for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
}

function main(argv: string[]) {
  const [command, ...args] = argv;
  if (command === 'import') importCommand(args);
  else if (command === 'export') exportCommand(args);
  else if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
  } else fail(2, USAGE);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  // Never a stack trace: one line, and a non-zero exit.
  fail(1, `sam: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
}
