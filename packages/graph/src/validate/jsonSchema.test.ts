/// <reference types="vite/client" />
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import committed from '../../graph.schema.json' with { type: 'json' };
import { nodeTypes } from '../nodes/index.ts';
import { createGraphWith } from './fixtures.ts';
import { buildGraphJsonSchema } from './jsonSchema.ts';

const flows = import.meta.glob<unknown>(['../../../../flows/*.json', '!**/*.script.json'], {
  eager: true,
  import: 'default',
});

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(committed);

/** The JSON Schema errors of a document, as `instancePath keyword`. */
function schemaErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe('graph.schema.json', () => {
  it('is up to date with the zod schema and the limits (run `npm run schema` when this fails)', () => {
    expect(committed).toEqual(buildGraphJsonSchema());
  });

  it('accepts the example flows and a valid flow of every step type', () => {
    expect(Object.keys(flows).length).toBeGreaterThan(0);
    for (const [file, flow] of Object.entries(flows)) expect([file, schemaErrors(flow)]).toEqual([file, []]);
    for (const type of nodeTypes) expect([type, schemaErrors(createGraphWith(type))]).toEqual([type, []]);
  });

  it('carries WhatsApp’s limits: a 21-character title, a fourth button, an eleventh row fail', () => {
    const buttons = (titles: string[]) => titles.map((title, i) => ({ id: `b${i}`, title }));
    expect(schemaErrors(createGraphWith('buttons', { buttons: buttons(['Schedule a demo today']) }))).toContain(
      '/nodes/0/data/buttons/0/title maxLength',
    );
    expect(schemaErrors(createGraphWith('buttons', { buttons: buttons(['A', 'B', 'C', 'D']) }))).toContain(
      '/nodes/0/data/buttons maxItems',
    );
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    expect(schemaErrors(createGraphWith('list', { sections: [{ rows }] }))).toContain(
      '/nodes/0/data/sections/0/rows maxItems',
    );
    expect(schemaErrors(createGraphWith('text', { body: '' }))).toContain('/nodes/0/data/body minLength');
  });
});
