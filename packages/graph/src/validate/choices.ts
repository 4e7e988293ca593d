import { RESERVED_HANDLE_IDS } from '../common.ts';
import type { GraphNode } from '../graph.ts';
import type { ValidationContext } from './context.ts';
import { normalizeTitle, quote } from './text.ts';

/** One choice a step offers (button, row, quick reply, branch): its handle id, its title and where it is. */
export interface Choice {
  id: string;
  title: string;
  path: string;
  /** "Button", "Row", "Quick reply", "Branch". */
  noun: string;
}

/** The choices of a node, in order, with their paths in the node's data. */
export function choicesOf(node: GraphNode): Choice[] {
  switch (node.type) {
    case 'buttons':
      return node.data.buttons.map((b, i) => ({ id: b.id, title: b.title, path: `buttons.${i}`, noun: 'Button' }));
    case 'list':
      return node.data.sections.flatMap((section, s) =>
        section.rows.map((row, r) => ({ id: row.id, title: row.title, path: `sections.${s}.rows.${r}`, noun: 'Row' })),
      );
    case 'template':
      return node.data.buttons.flatMap((button, i) =>
        button.type === 'quickReply'
          ? [{ id: button.id, title: button.text, path: `buttons.${i}`, noun: 'Quick reply' }]
          : [],
      );
    case 'carousel':
      return node.data.cards.flatMap((card, c) =>
        card.buttons.flatMap((button, b) =>
          button.type === 'quickReply'
            ? [{ id: button.id, title: button.text, path: `cards.${c}.buttons.${b}`, noun: 'Quick reply' }]
            : [],
        ),
      );
    case 'condition':
      return node.data.branches.map((branch, i) => ({
        id: branch.id,
        title: branch.label,
        path: `branches.${i}`,
        noun: 'Branch',
      }));
    default:
      return [];
  }
}

function choiceName(choice: Choice): string {
  return `${choice.noun} ${quote(choice.title)}`;
}

/** Steps whose choices are shown to the customer side by side, so their titles must differ. */
const TITLES_MUST_DIFFER = new Set<GraphNode['type']>(['buttons', 'list', 'template']);

/** Choice ids are unique within a step and not reserved; titles the customer sees together are unique. */
export function checkChoices(ctx: ValidationContext): void {
  const reserved = new Set<string>(RESERVED_HANDLE_IDS);
  for (const node of ctx.graph.nodes) {
    const seenIds = new Map<string, Choice>();
    const seenTitles = new Map<string, Choice>();
    for (const choice of choicesOf(node)) {
      if (reserved.has(choice.id)) {
        ctx.report(
          'choice.reservedId',
          `${choiceName(choice)} uses the id “${choice.id}”, which is reserved for a fixed output.`,
          {
            nodeId: node.id,
            path: `${choice.path}.id`,
            hint: `Give it another id, e.g. “opt_${choice.id}”.`,
          },
        );
      }
      const sameId = seenIds.get(choice.id);
      if (sameId) {
        ctx.report(
          'choice.duplicateId',
          `${choiceName(choice)} has the same id “${choice.id}” as ${quote(sameId.title)}.`,
          {
            nodeId: node.id,
            path: `${choice.path}.id`,
            hint: 'Each choice needs its own id so that each can lead somewhere else.',
          },
        );
      } else seenIds.set(choice.id, choice);

      if (!TITLES_MUST_DIFFER.has(node.type)) continue;
      const key = normalizeTitle(choice.title);
      const sameTitle = seenTitles.get(key);
      if (sameTitle && key !== '') {
        ctx.report('choice.duplicateTitle', `Two choices of this message are titled ${quote(choice.title)}.`, {
          nodeId: node.id,
          path: `${choice.path}.${node.type === 'template' ? 'text' : 'title'}`,
          hint: 'WhatsApp needs distinct titles, and the customer could not tell them apart.',
        });
      } else seenTitles.set(key, choice);
    }
  }
}
