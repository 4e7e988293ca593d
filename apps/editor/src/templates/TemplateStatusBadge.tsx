import type { TemplateStatus } from '@salesbot/policy';

const TONE: Record<string, string> = {
  APPROVED: 'badge--green',
  PENDING: 'badge--amber',
  IN_APPEAL: 'badge--amber',
  REJECTED: 'badge--red',
  PAUSED: 'badge--red',
  DISABLED: 'badge--red',
  PENDING_DELETION: 'badge--red',
};

const LABEL: Record<string, string> = {
  APPROVED: 'Approved',
  PENDING: 'Pending',
  IN_APPEAL: 'In appeal',
  REJECTED: 'Rejected',
  PAUSED: 'Paused',
  DISABLED: 'Disabled',
  PENDING_DELETION: 'Being deleted',
};

/** A template's approval status as a coloured pill; "Not in account" when the workspace does not have it. */
export function TemplateStatusBadge({ status }: { status: TemplateStatus | undefined }) {
  if (!status) return <span className="badge">Not in account</span>;
  return <span className={`badge ${TONE[status] ?? ''}`}>{LABEL[status] ?? status}</span>;
}

/** A template category as a pill: utility blue, marketing purple, authentication grey. */
export function TemplateCategoryBadge({ category }: { category: string }) {
  const tone = category === 'marketing' ? 'badge--purple' : category === 'utility' ? 'badge--blue' : '';
  return <span className={`badge ${tone}`}>{category.charAt(0).toUpperCase() + category.slice(1)}</span>;
}
