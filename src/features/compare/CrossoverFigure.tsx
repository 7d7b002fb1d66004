/**
 * The crossover chart on the "Serverless vs containers" concept page: the gallery's "The same
 * API on Lambda and on Fargate" at the experiment's default settings, every cost line on. The
 * sweep (13 engine runs in a worker) starts when the reader asks for it, not on page load.
 */
import { useState } from 'react';
import { GALLERY } from '../../../content/examples/index.ts';
import { DEFAULT_EXPERIMENT } from '../../domain/crossover/experiment.ts';
import { ALL_LINES_ON } from '../../domain/crossover/index.ts';
import { Button } from '../../ui/Button.tsx';
import { CrossoverSection } from './CrossoverSection.tsx';

const EXAMPLE_ID = 'api-lambda-vs-fargate';
const FUNCTION_ID = 'create-order';

export default function CrossoverFigure({ caption }: { caption: string }) {
  const [started, setStarted] = useState(false);
  const scenario = GALLERY.find((g) => g.id === EXAMPLE_ID)?.scenario;
  if (!scenario) return <p className="my-4">{caption}</p>;
  return (
    <figure className="my-6 flex flex-col gap-3 rounded border border-slate-200 p-4 dark:border-slate-700">
      <figcaption className="text-sm">
        {caption}{' '}
        <a className="underline" href={`#/example/${EXAMPLE_ID}`}>
          Open the example
        </a>
        , select the function and choose “Compare with containers” to change the settings: the
        function’s duration and memory, the task size, the network path, the lines counted.
      </figcaption>
      {started ? (
        <CrossoverSection
          scenario={scenario}
          functionId={FUNCTION_ID}
          settings={DEFAULT_EXPERIMENT}
          toggles={ALL_LINES_ON}
        />
      ) : (
        <div>
          <Button onClick={() => setStarted(true)}>Run the sweep</Button>
        </div>
      )}
    </figure>
  );
}
