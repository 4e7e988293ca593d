import type { GraphNode } from '../graph.ts';
import type { CarouselButton } from '../nodes/carousel.ts';
import type { TemplateButton, TemplateParam } from '../nodes/template.ts';
import type { ValidationContext } from './context.ts';
import { plural } from './text.ts';

type Format = 'positional' | 'named';

/** Template texts' placeholders (`{{1}}` or `{{name}}`) match the values the step gives, in count and in kind. */
export function checkTemplateParams(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    const check = new ParamChecker(ctx, node);
    if (node.type === 'template') {
      const { data } = node;
      check.text(data.parameterFormat, 'body', data.body, 'bodyParams', data.bodyParams, 'The body');
      if (data.header?.format === 'text') {
        const { text, params } = data.header;
        check.text(data.parameterFormat, 'header.text', text, 'header.params', params, 'The header');
        check.atMost('header.text', text, 1, 'The header', 'a template header takes at most one');
      }
      if (data.footer !== undefined) check.atMost('footer', data.footer, 0, 'The footer', 'a footer takes none');
      data.buttons.forEach((button, i) => {
        check.urlButton(`buttons.${i}`, button);
      });
    }
    if (node.type === 'carousel') {
      const { data } = node;
      check.text(data.parameterFormat, 'body', data.body, 'bodyParams', data.bodyParams, 'The body');
      data.cards.forEach((card, c) => {
        const what = `The body of card ${c + 1}`;
        check.text(
          data.parameterFormat,
          `cards.${c}.body`,
          card.body ?? '',
          `cards.${c}.bodyParams`,
          card.bodyParams,
          what,
        );
        card.buttons.forEach((button, b) => {
          check.urlButton(`cards.${c}.buttons.${b}`, button);
        });
      });
    }
    if (node.type === 'whatsappFlow' && node.data.template) {
      const { template } = node.data;
      const what = 'The template body';
      check.text(
        template.parameterFormat,
        'template.body',
        template.body,
        'template.bodyParams',
        template.bodyParams,
        what,
      );
    }
  }
}

class ParamChecker {
  constructor(
    private readonly ctx: ValidationContext,
    private readonly node: GraphNode,
  ) {}

  text(format: Format, textPath: string, text: string, paramsPath: string, params: TemplateParam[], what: string) {
    const keys = placeholders(text);
    const numbers = keys.filter((key) => /^\d+$/.test(key));
    const names = keys.filter((key) => !/^\d+$/.test(key));
    const expectedKind = format === 'positional' ? names : numbers;
    if (expectedKind.length > 0) {
      const example = format === 'positional' ? '{{1}}, {{2}}' : '{{order_id}}';
      this.report(
        'template.paramFormat',
        `${what} uses {{${expectedKind[0]}}}, but the template is ${format}.`,
        textPath,
        {
          hint: `Use ${format} placeholders like ${example}, or change the template's parameter format.`,
        },
      );
      return;
    }
    if (format === 'positional') {
      const distinct = [...new Set(numbers.map(Number))].sort((a, b) => a - b);
      if (distinct.some((n, i) => n !== i + 1)) {
        this.report(
          'template.paramFormat',
          `${what} should number its placeholders {{1}}, {{2}}… without gaps.`,
          textPath,
        );
        return;
      }
      params.forEach((param, i) => {
        if (param.name === undefined) return;
        this.report(
          'template.paramFormat',
          `Value ${i + 1} has a name, but the template is positional.`,
          `${paramsPath}.${i}.name`,
        );
      });
      if (params.length !== distinct.length) {
        this.report(
          'template.paramCount',
          `${what} has ${plural(distinct.length, 'placeholder')} but ${plural(params.length, 'value')} ${params.length === 1 ? 'is' : 'are'} given.`,
          paramsPath,
          { hint: 'Give one value per placeholder, in order.' },
        );
      }
      return;
    }
    const given = new Set<string>();
    params.forEach((param, i) => {
      if (param.name === undefined || param.name === '') {
        this.report(
          'template.paramFormat',
          `Value ${i + 1} has no name, but the template is named.`,
          `${paramsPath}.${i}.name`,
        );
      } else given.add(param.name);
    });
    for (const name of new Set(names)) {
      if (!given.has(name)) this.report('template.paramCount', `${what} has no value for {{${name}}}.`, paramsPath);
    }
    params.forEach((param, i) => {
      if (param.name && !names.includes(param.name)) {
        this.report(
          'template.paramCount',
          `Value “${param.name}” matches no placeholder of ${lower(what)}.`,
          `${paramsPath}.${i}`,
        );
      }
    });
  }

  atMost(path: string, text: string, max: number, what: string, rule: string) {
    const count = placeholders(text).length;
    if (count > max) this.report('template.paramCount', `${what} has ${plural(count, 'placeholder')}; ${rule}.`, path);
  }

  urlButton(path: string, button: TemplateButton | CarouselButton) {
    if (button.type !== 'url') return;
    const count = placeholders(button.url).length;
    const hasParam = button.param !== undefined && button.param !== '';
    if (count > 1) {
      this.report(
        'template.paramCount',
        `The link of “${button.text}” has ${count} placeholders; a URL button takes one.`,
        `${path}.url`,
      );
    } else if (count === 1 && !hasParam) {
      this.report(
        'template.paramCount',
        `The link of “${button.text}” ends in a placeholder, but no value is given.`,
        `${path}.param`,
      );
    } else if (count === 0 && hasParam) {
      this.report(
        'template.paramCount',
        `“${button.text}” has a value, but its link has no placeholder for it.`,
        `${path}.param`,
      );
    }
  }

  private report(code: 'template.paramCount' | 'template.paramFormat', message: string, path: string, extra = {}) {
    this.ctx.report(code, message, { nodeId: this.node.id, path, ...extra });
  }
}

/** The keys of a template text's placeholders, as written: `1`, `order_id`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((match) => match[1] ?? '');
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
