/**
 * The "what to watch" points a presenter steps through: the gallery example's own when the
 * open scenario is one, otherwise general ones that hold for any diagram.
 */
import { GALLERY } from '../../../../content/examples/index.ts';
import type { Scenario } from '../../../domain/diagram/index.ts';

const GENERAL = [
  'Press Play: requests leave the event sources on the left and travel along the arrows.',
  'Blue tokens are cold starts: a new environment is set up before the code runs. Amber ones reuse a warm environment.',
  'Red marks a throttled or failed request: watch where the traffic meets a limit.',
  'The cost line grows with every request: which node costs the most?',
];

export function watchPoints(scenario: Scenario): readonly string[] {
  const example = GALLERY.find((e) => e.scenario.name === scenario.name);
  return example?.whatToWatch ?? GENERAL;
}
