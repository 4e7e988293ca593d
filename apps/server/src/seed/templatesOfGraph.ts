import type { Graph, GraphNode } from '@salesbot/graph';
import type { Template } from '../store/templates.ts';

type SeedTemplate = Omit<Template, 'id' | 'updatedAt' | 'externalId'>;

/** The templates a graph sends (template, carousel and Flow-template steps), as registry entries with components. */
export function templatesOfGraph(graph: Graph): SeedTemplate[] {
  return graph.nodes.flatMap((node) => templateOf(node));
}

function templateOf(node: GraphNode): SeedTemplate[] {
  switch (node.type) {
    case 'template': {
      const { data } = node;
      return [
        {
          name: data.name,
          language: data.language,
          category: data.category,
          kind: 'custom',
          status: 'APPROVED',
          components: [
            ...(data.header
              ? [
                  data.header.format === 'text'
                    ? { type: 'HEADER', format: 'TEXT', text: data.header.text }
                    : { type: 'HEADER', format: data.header.format.toUpperCase() },
                ]
              : []),
            { type: 'BODY', text: data.body },
            ...(data.footer ? [{ type: 'FOOTER', text: data.footer }] : []),
            ...(data.buttons.length > 0
              ? [
                  {
                    type: 'BUTTONS',
                    buttons: data.buttons.map((button) => ({ type: buttonType(button.type), text: button.text })),
                  },
                ]
              : []),
          ],
        },
      ];
    }
    case 'carousel': {
      const { data } = node;
      return [
        {
          name: data.name,
          language: data.language,
          category: data.category,
          kind: 'carousel',
          status: 'APPROVED',
          components: [
            { type: 'BODY', text: data.body },
            {
              type: 'CAROUSEL',
              cards: data.cards.map((card) => ({
                components: [
                  { type: 'HEADER', format: card.header.format.toUpperCase() },
                  ...(card.body ? [{ type: 'BODY', text: card.body }] : []),
                  {
                    type: 'BUTTONS',
                    buttons: card.buttons.map((button) => ({ type: buttonType(button.type), text: button.text })),
                  },
                ],
              })),
            },
          ],
        },
      ];
    }
    case 'whatsappFlow': {
      const template = node.data.template;
      if (!template) return [];
      return [
        {
          name: template.name,
          language: template.language,
          category: template.category,
          kind: 'flow',
          status: 'APPROVED',
          components: [
            { type: 'BODY', text: template.body },
            { type: 'BUTTONS', buttons: [{ type: 'FLOW', text: template.buttonText }] },
          ],
        },
      ];
    }
    default:
      return [];
  }
}

function buttonType(type: string): string {
  return (
    { quickReply: 'QUICK_REPLY', url: 'URL', phone: 'PHONE_NUMBER', copyCode: 'COPY_CODE', flow: 'FLOW' }[type] ??
    type.toUpperCase()
  );
}
