import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues } from '../types.ts';
import { fill, fillOptional, interactiveFrame } from './shared.ts';

/** A list step: `interactive.type: "list"`, `action: { button, sections }`; section titles and row descriptions only when set. */
export function renderList(node: NodeOf<'list'>, values: PlaceholderValues): OutboundMessage {
  const { header, body, footer, buttonLabel, sections } = node.data;
  const headerText = fillOptional(header, values);
  return {
    type: 'interactive',
    interactive: {
      type: 'list',
      ...interactiveFrame(
        headerText === undefined ? undefined : { type: 'text' as const, text: headerText },
        fill(body, values),
        fillOptional(footer, values),
      ),
      action: {
        button: fill(buttonLabel, values),
        sections: sections.map((section) => {
          const title = fillOptional(section.title, values);
          return {
            ...(title === undefined ? {} : { title }),
            rows: section.rows.map((row) => {
              const description = fillOptional(row.description, values);
              return {
                id: row.id,
                title: fill(row.title, values),
                ...(description === undefined ? {} : { description }),
              };
            }),
          };
        }),
      },
    },
  };
}
