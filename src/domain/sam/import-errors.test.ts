import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importTemplate } from './index.ts';

describe('importTemplate on malformed input', () => {
  const cases: [string, string, RegExp][] = [
    ['broken YAML', 'Resources:\n  A: [1,\n', /^Line \d+: this is not valid YAML/],
    ['not a template', 'name: demo\n', /not a CloudFormation or SAM template: it has no Resources/],
    ['Resources not a map', 'Resources: 3\n', /^Line 1: Resources must be a map/],
    ['unknown tag', 'Resources:\n  A:\n    Type: !Foo x\n', /^Line 3: unknown tag !Foo/],
    ['a list', '- 1\n- 2\n', /not a map of sections/],
    ['too large', `Resources: {}\n#${'x'.repeat(2_000_001)}`, /at most 2 MB/],
  ];
  it.each(cases)('%s gets one line naming the problem', (_, text, message) => {
    const result = importTemplate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });

  it('reads short and long forms alike, and JSON templates', () => {
    const short = importTemplate(
      'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Events:\n        E:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Q.Arn\n',
    );
    const json = importTemplate(
      JSON.stringify({
        Resources: {
          Q: { Type: 'AWS::SQS::Queue' },
          F: {
            Type: 'AWS::Serverless::Function',
            Properties: {
              Events: { E: { Type: 'SQS', Properties: { Queue: { 'Fn::GetAtt': ['Q', 'Arn'] } } } },
            },
          },
        },
      }),
    );
    for (const r of [short, json]) {
      expect(r.ok && r.scenario.edges.map((e) => `${e.from}>${e.to}`)).toContain('Q>F');
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = importTemplate(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on template-shaped values of any content', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 12 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('any'), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom(
            'Ref',
            'Fn::GetAtt',
            'Fn::Sub',
            'Type',
            'Properties',
            'Events',
            'Queue',
            'Policies',
            'x',
          ),
          tie('any'),
          { maxKeys: 3 },
        ),
      ),
    })).any;
    const type = fc.constantFrom(
      'AWS::Serverless::Function',
      'AWS::SQS::Queue',
      'AWS::Events::Rule',
      'AWS::SNS::Topic',
      'AWS::Foo::Bar',
    );
    const template = fc.dictionary(
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/),
      fc.record({ Type: type, Properties: value }),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(template, value, (resources, globals) => {
        const result = importTemplate(JSON.stringify({ Globals: globals, Resources: resources }));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });
});
