import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { type Template, upsertTemplate } from '../store/templates.ts';

interface GraphTemplate {
  id?: string;
  name?: string;
  language?: string;
  category?: string;
  status?: string;
  components?: { type?: string; buttons?: { type?: string }[] }[];
}

export type SyncResult = { ok: true; count: number } | { ok: false; status: number | null; message: string };

/**
 * Pulls the WABA's templates from the Graph API (`GET {api}/{waba_id}/message_templates`, following pages) into
 * the workspace's registry. Templates not returned are left as they are (Meta pages may be partial).
 */
export async function syncTemplates(
  services: Services,
  channel: Channel,
  fetchImpl: typeof fetch = fetch,
): Promise<SyncResult> {
  if (!channel.accessToken || !channel.wabaId) {
    return { ok: false, status: null, message: 'The channel needs an access token and a WABA id to sync templates' };
  }
  const base = (channel.apiUrl ?? services.config.whatsapp.apiUrl).replace(/\/+$/, '');
  let url: string | null = `${base}/${encodeURIComponent(channel.wabaId)}/message_templates?limit=100`;
  const found: GraphTemplate[] = [];
  for (let page = 0; url && page < 100; page++) {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { authorization: `Bearer ${channel.accessToken}` },
        signal: AbortSignal.timeout(services.config.outbox.sendTimeoutMs),
      });
    } catch (error) {
      return { ok: false, status: null, message: error instanceof Error ? error.message : String(error) };
    }
    const body = (await response.json().catch(() => null)) as {
      data?: GraphTemplate[];
      paging?: { next?: string };
      error?: { message?: string };
    } | null;
    if (!response.ok || !body) {
      return { ok: false, status: response.status, message: body?.error?.message ?? `HTTP ${response.status}` };
    }
    found.push(...(body.data ?? []));
    url = body.paging?.next ?? null;
  }
  const now = services.clock.now();
  services.transact(() => {
    for (const template of found) {
      if (!template.name || !template.language) continue;
      upsertTemplate(
        services.db,
        channel.workspaceId,
        {
          name: template.name,
          language: template.language,
          category: template.category ?? 'UTILITY',
          kind: kindOf(template),
          components: template.components ?? [],
          status: template.status ?? 'PENDING',
          externalId: template.id ?? null,
        },
        now,
      );
    }
  });
  services.templates.invalidate(channel.workspaceId);
  return { ok: true, count: found.length };
}

function kindOf(template: GraphTemplate): Template['kind'] {
  const components = template.components ?? [];
  if (components.some((component) => component.type?.toUpperCase() === 'CAROUSEL')) return 'carousel';
  const flowButton = components.some((component) =>
    (component.buttons ?? []).some((button) => button.type?.toUpperCase() === 'FLOW'),
  );
  return flowButton ? 'flow' : 'custom';
}
