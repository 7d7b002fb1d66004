/** Decides one diagram check: the dispatcher over graph-checks and value-checks. */
import type { Scenario } from '../../../domain/diagram/index.ts';
import { checkEdge, checkNode, checkPath } from './graph-checks.ts';
import { checkConfig, checkSetting, checkTraffic } from './value-checks.ts';
import type { CheckResult, DiagramCheck } from '../../../domain/lessons/check-schema.ts';

export function checkDiagram(scenario: Scenario, check: DiagramCheck): CheckResult {
  switch (check.type) {
    case 'node':
      return checkNode(scenario, check);
    case 'edge':
      return checkEdge(scenario, check);
    case 'path':
      return checkPath(scenario, check);
    case 'config':
      return checkConfig(scenario, check);
    case 'traffic':
      return checkTraffic(scenario, check);
    case 'setting':
      return checkSetting(scenario, check);
  }
}
