import { BUILTIN_CONTACT_FIELDS, findPlaceholders } from '../interpolate.ts';
import type { ValidationContext } from './context.ts';
import { closest } from './text.ts';
import { textFieldsOf } from './textFields.ts';

const BUILTIN_FIELDS: ReadonlySet<string> = new Set(BUILTIN_CONTACT_FIELDS);

/** Every `{{x}}` and every variable a step reads or stores is declared; `{{contact.x}}` is a known contact field. */
export function checkVariables(ctx: ValidationContext): void {
  const declared = new Set(ctx.graph.variables.map((variable) => variable.name));
  const knownFields = ctx.options.contactFields ? new Set(ctx.options.contactFields) : undefined;
  // Without the workspace's field list, a field this flow sets itself is taken as known.
  const setHere = new Set(
    ctx.graph.nodes.flatMap((node) =>
      node.type === 'setField' && node.data.scope === 'contact' ? [node.data.name] : [],
    ),
  );

  // `usage` phrases a read or write ("The answer is stored in"); without it the name is a `{{placeholder}}`.
  // Both take the node and path apart so that a name that checks out costs no allocation.
  const variable = (name: string, nodeId: string, path: string, usage?: string) => {
    if (name === '' || declared.has(name)) return;
    const suggestion = closest(name, declared);
    const subject = usage ? `${usage} “${name}”, which` : `{{${name}}}`;
    ctx.report('variable.unknown', `${subject} is not a declared variable.`, {
      nodeId,
      path,
      hint: suggestion ? `Did you mean “${suggestion}”?` : `Declare “${name}” in the flow’s variables.`,
    });
  };
  const contactField = (name: string, nodeId: string, path: string, usage?: string) => {
    if (name === '' || BUILTIN_FIELDS.has(name)) return;
    const subject = usage ? `${usage} the contact field “${name}”, which` : `{{contact.${name}}}`;
    if (!knownFields) {
      if (setHere.has(name)) return;
      ctx.report('variable.uncheckedContactField', `${subject} is a custom contact field that could not be checked.`, {
        nodeId,
        path,
        hint: 'Make sure your contacts have this field, or it stays empty.',
      });
    } else if (!knownFields.has(name)) {
      const suggestion = closest(name, [...BUILTIN_CONTACT_FIELDS, ...knownFields]);
      ctx.report('variable.unknownContactField', `${subject} is not a contact field of this workspace.`, {
        nodeId,
        path,
        hint: suggestion ? `Did you mean “${suggestion}”?` : 'Add the field to your contacts first.',
      });
    }
  };

  for (const node of ctx.graph.nodes) {
    const id = node.id;
    for (const { path, text } of textFieldsOf(node)) {
      if (!text.includes('{{')) continue;
      const seen = new Set<string>();
      for (const { key } of findPlaceholders(text)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const dot = key.indexOf('.');
        if (dot >= 0 && key.slice(0, dot) === 'contact') contactField(key.slice(dot + 1), id, path);
        else variable(key, id, path);
      }
    }
    switch (node.type) {
      case 'waitForReply':
        variable(node.data.variable, id, 'variable', 'The answer is stored in');
        break;
      case 'setField':
        if (node.data.scope === 'variable') variable(node.data.name, id, 'name', 'This step sets');
        else contactField(node.data.name, id, 'name', 'This step sets');
        break;
      case 'webhook':
        node.data.responseMappings.forEach((mapping, i) => {
          variable(mapping.variable, id, `responseMappings.${i}.variable`, 'The response is stored in');
        });
        break;
      case 'whatsappFlow':
        node.data.answers.forEach((answer, i) => {
          variable(answer.variable, id, `answers.${i}.variable`, 'The answer is stored in');
        });
        break;
      case 'condition':
        for (const [b, branch] of node.data.branches.entries()) {
          for (const [r, rule] of branch.rules.entries()) {
            const { subject } = rule;
            if (subject.kind !== 'variable' && subject.kind !== 'contactField') continue;
            const path = `branches.${b}.rules.${r}.subject.name`;
            if (subject.kind === 'variable') variable(subject.name, id, path, 'The condition reads');
            else contactField(subject.name, id, path, 'The condition reads');
          }
        }
        break;
    }
  }
}
