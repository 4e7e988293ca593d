import type { InboxConversation } from './inboxTypes.ts';

type ContactLike = Pick<InboxConversation['contact'], 'waId' | 'name' | 'fields'>;

/** The built-in contact fields a template parameter can be filled from, with labels. */
export const BUILTIN_FIELD_LABELS: Readonly<Record<string, string>> = {
  first_name: 'First name',
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
};

/**
 * The contact's values by field, as the engine fills `{{contact.x}}`: every custom field, `name`, `first_name`
 * (the first word of the name unless set), `phone` and `wa_id` (the WhatsApp id).
 */
export function contactValues(contact: ContactLike): Record<string, string> {
  const values: Record<string, string> = { ...contact.fields };
  const name = contact.name ?? contact.fields.name ?? '';
  values.name = name;
  values.first_name = contact.fields.first_name ?? name.trim().split(/\s+/)[0] ?? '';
  values.phone = contact.waId;
  values.wa_id = contact.waId;
  return values;
}
