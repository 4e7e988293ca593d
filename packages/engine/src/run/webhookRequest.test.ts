import { webhookDataSchema } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { fillBody, fillUrl, webhookRequest } from './webhookRequest.ts';

const values = {
  name: 'Ana "the boss" López',
  note: 'line 1\nline 2 \\ end',
  qty: '3',
  query: 'cuts & colour = 50% off?',
  path: 'A/B 7',
  api: 'https://api.example.com/v2',
};

describe('webhookRequest: JSON bodies', () => {
  it('escapes a placeholder inside quotes as string contents, so the body stays valid JSON', () => {
    const body = fillBody('{"name": "{{name}}", "note": "Note: {{note}}"}', values, undefined);
    expect(JSON.parse(body)).toEqual({ name: values.name, note: `Note: ${values.note}` });
  });

  it('inserts a placeholder outside quotes as a JSON string literal', () => {
    const body = fillBody('{"qty": {{qty}}, "who": {{name}}, "list": [{{qty}}, {{missing}}]}', values, undefined);
    expect(JSON.parse(body)).toEqual({ qty: '3', who: values.name, list: ['3', ''] });
  });

  it('keeps a customer from adding keys or closing the document', () => {
    const attack = { answer: '", "admin": true, "x": "' };
    const body = fillBody('{"answer": "{{answer}}", "admin": false}', attack, undefined);
    expect(JSON.parse(body)).toEqual({ answer: attack.answer, admin: false });
  });

  it('escapes by Content-Type even when the template is not valid JSON', () => {
    expect(fillBody('{"a": "{{name}}",}', values, 'application/json')).toBe('{"a": "Ana \\"the boss\\" López",}');
    expect(fillBody('"{{note}}"', values, 'application/vnd.api+json')).toBe('"line 1\\nline 2 \\\\ end"');
  });

  it('reads escaped quotes in the template when telling inside from outside', () => {
    const body = fillBody('{"say": "\\"{{qty}}\\" and {{qty}}", "n": {{qty}}}', values, undefined);
    expect(JSON.parse(body)).toEqual({ say: '"3" and 3', n: '3' });
  });
});

describe('webhookRequest: other bodies', () => {
  it('fills a body that is not a JSON object or array as written', () => {
    expect(fillBody('Hello {{name}}', values, undefined)).toBe('Hello Ana "the boss" López');
    expect(fillBody('{{note}}', values, undefined)).toBe(values.note);
    expect(fillBody('{"a": {{qty}}}', values, 'text/plain')).toBe('{"a": 3}');
  });

  it('form-encodes values in a form body', () => {
    const body = fillBody('q={{query}}&who={{name}}', values, 'application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({ q: values.query, who: values.name });
  });
});

describe('webhookRequest: URLs', () => {
  it('URL-encodes placeholders in the path and the query', () => {
    const url = fillUrl('https://shop.example.com/orders/{{path}}?q={{query}}&n={{qty}}', values);
    expect(url).toBe('https://shop.example.com/orders/A%2FB%207?q=cuts%20%26%20colour%20%3D%2050%25%20off%3F&n=3');
    const parsed = new URL(url);
    expect(parsed.searchParams.get('q')).toBe(values.query);
    expect(decodeURIComponent(parsed.pathname.split('/')[2] ?? '')).toBe(values.path);
  });

  it('leaves a base URL from a variable, and placeholders in the host, as written', () => {
    expect(fillUrl('{{api}}/orders/{{path}}', values)).toBe('https://api.example.com/v2/orders/A%2FB%207');
    expect(fillUrl('https://{{qty}}.example.com/x/{{qty}}', values)).toBe('https://3.example.com/x/3');
  });

  it('builds the whole request: headers as written, the body by its Content-Type header (any case)', () => {
    const data = webhookDataSchema.parse({
      url: 'https://api.example.com/leads?name={{name}}',
      headers: [
        { name: 'content-type', value: 'application/json; charset=utf-8' },
        { name: 'X-Name', value: '{{name}}' },
      ],
      body: '{"name": "{{name}}"}',
    });
    expect(webhookRequest(data, values)).toEqual({
      url: 'https://api.example.com/leads?name=Ana%20%22the%20boss%22%20L%C3%B3pez',
      headers: { 'content-type': 'application/json; charset=utf-8', 'X-Name': values.name },
      body: '{"name": "Ana \\"the boss\\" López"}',
    });
    expect(webhookRequest({ ...data, body: undefined }, values)).not.toHaveProperty('body');
  });
});
