import { KIND_IDS } from '../kinds/ids.ts';
import { kindModel } from './kind-model.ts';
import { BaseModel } from './model-base.ts';
import { MODELS } from './models.ts';
import { SourceModel, reportSource } from './source.ts';

describe('the model registry', () => {
  it('has an entry for every kind, and no other', () => {
    expect(Object.keys(MODELS).sort()).toEqual([...KIND_IDS].sort());
  });

  it('refuses the base model in place of a kind of its own (checked by tsc -b)', () => {
    // @ts-expect-error -- BaseModel is abstract: a kind cannot be registered with it
    const wrong = () => kindModel(BaseModel, () => {});
    expect(typeof wrong).toBe('function');
    expect(kindModel(SourceModel, reportSource).create).toBeTypeOf('function');
  });
});
