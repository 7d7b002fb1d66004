import { describe, expect, it } from 'vitest';
import { migrateLambdaRuntime } from './migration-2-lambda-runtime.ts';

const lambda = (config: Record<string, unknown>, id = 'fn') => ({
  id,
  kind: 'lambda',
  label: id,
  position: { x: 0, y: 0 },
  config,
});

describe('format 1 → 2: runtime, package type, architecture', () => {
  it('turns "container" into a Node.js container image', () => {
    const doc = migrateLambdaRuntime({
      version: 1,
      nodes: [lambda({ runtime: 'container', memoryMb: 1024 })],
    });
    expect((doc.nodes as { config: unknown }[])[0]?.config).toEqual({
      runtime: 'nodejs',
      packageType: 'image',
      memoryMb: 1024,
      initCodeMs: 0,
      snapStart: false,
    });
  });

  it('keeps every other runtime and makes it a .zip, architecture untouched', () => {
    for (const runtime of ['nodejs', 'python', 'java', 'dotnet', 'go', 'ruby']) {
      const doc = migrateLambdaRuntime({
        version: 1,
        nodes: [lambda({ runtime, architecture: 'arm64' })],
      });
      expect((doc.nodes as { config: unknown }[])[0]?.config).toEqual({
        runtime,
        architecture: 'arm64',
        packageType: 'zip',
        initCodeMs: 0,
        snapStart: false,
      });
    }
  });

  it('treats a function without a runtime (the default, Node.js) as a .zip', () => {
    const doc = migrateLambdaRuntime({ version: 1, nodes: [lambda({})] });
    expect((doc.nodes as { config: unknown }[])[0]?.config).toEqual({
      packageType: 'zip',
      initCodeMs: 0,
      snapStart: false,
    });
  });

  it('leaves other kinds, and documents without nodes, alone', () => {
    const queue = {
      id: 'q',
      kind: 'sqs',
      label: 'q',
      position: { x: 0, y: 0 },
      config: { runtime: 'container' },
    };
    expect(migrateLambdaRuntime({ version: 1, nodes: [queue] }).nodes).toEqual([queue]);
    expect(migrateLambdaRuntime({ version: 1 })).toEqual({ version: 1 });
  });
});
