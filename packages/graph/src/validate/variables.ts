import { BUILTIN_CONTACT_FIELDS, findPlaceholders } from '../interpolate.ts';
import type { ValidationContext, Where } from './context.ts';
import { closest } from './text.ts';
import { textFieldsOf } from './textFields.ts';

/** Every `{{x}}` and every variable a step reads or stores is declared; `{{contact.x}}` is a known contact field. */
export function checkVariables(ctx: ValidationContext): void {
  const declared = new Set(ctx.graph.variables.map((variable) => variable.name));
  const contactFields = ctx.options.contactFields;
  // Without the workspace's field list, a field this flow sets itself is taken as known.
  const setHere = new Set(
    ctx.graph.nodes.flatMap((node) =>
      node.type === 'setField' && node.data.scope === 'contact' ? [node.data.name] : [],
    ),
  );

  // `usage` phrases a read or write ("The answer is stored in"); without it the name is a `{{placeholder}}`.
  const variable = (name: string, where: Where, usage?: string) => {
    if (name === '' || declared.has(name)) return;
    const suggestion = closest(name, declared);
    const subject = usage ? `${usage} “${name}”, which` : `{{${name}}}`;
    ctx.report('variable.unknown', `${subject} is not a declared variable.`, {
      ...where,
      hint: suggestion ? `Did you mean “${suggestion}”?` : `Declare “${name}” in the flow’s variables.`,
    });
  };
  const contactField = (name: string, where: Where, usage?: string) => {
    if (name === '' || (BUILTIN_CONTACT_FIELDS as readonly string[]).includes(name)) return;
    const subject = usage ? `${usage} the contact field “${name}”, which` : `{{contact.${name}}}`;
    if (!contactFields) {
      if (setHere.has(name)) return;
      ctx.report('variable.uncheckedContactField', `${subject} is a custom contact field that could not be checked.`, {
        ...where,
        hint: 'Make sure your contacts have this field, or it stays empty.',
      });
    } else if (!contactFields.includes(name)) {
      const suggestion = closest(name, [...BUILTIN_CONTACT_FIELDS, ...contactFields]);
      ctx.report('variable.unknownContactField', `${subject} is not a contact field of this workspace.`, {
        ...where,
        hint: suggestion ? `Did you mean “${suggestion}”?` : 'Add the field to your contacts first.',
      });
    }
  };

  for (const node of ctx.graph.nodes) {
    const at = (path: string): Where => ({ nodeId: node.id, path });
    for (const { path, text } of textFieldsOf(node)) {
      if (!text.includes('{{')) continue;
      const seen = new Set<string>();
      for (const { key } of findPlaceholders(text)) {
        if (seen.has(key)) continue;
        seen.add(key);
        const [head = '', field] = key.split('.');
        if (head === 'contact' && field !== undefined) contactField(field, at(path));
        else variable(key, at(path));
      }
    }
    switch (node.type) {
      case 'waitForReply':
        variable(node.data.variable, at('variable'), 'The answer is stored in');
        break;
      case 'setField':
        if (node.data.scope === 'variable') variable(node.data.name, at('name'), 'This step sets');
        else contactField(node.data.name, at('name'), 'This step sets');
        break;
      case 'webhook':
        node.data.responseMappings.forEach((mapping, i) => {
          variable(mapping.variable, at(`responseMappings.${i}.variable`), 'The response is stored in');
        });
        break;
      case 'whatsappFlow':
        node.data.answers.forEach((answer, i) => {
          variable(answer.variable, at(`answers.${i}.variable`), 'The answer is stored in');
        });
        break;
      case 'condition':
        node.data.branches.forEach((branch, b) => {
          branch.rules.forEach((rule, r) => {
            const path = `branches.${b}.rules.${r}.subject.name`;
            if (rule.subject.kind === 'variable') variable(rule.subject.name, at(path), 'The condition reads');
            if (rule.subject.kind === 'contactField') contactField(rule.subject.name, at(path), 'The condition reads');
          });
        });
        break;
    }
  }
}
