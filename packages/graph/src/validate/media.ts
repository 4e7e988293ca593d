import type { GraphNode } from '../graph.ts';
import type { ValidationContext } from './context.ts';
import { resolvePattern } from './paths.ts';

/** Where each step type holds media given by link or id (dotted patterns; `''` is the data itself). */
function mediaSources(node: GraphNode): { path: string; value: { link?: string; mediaId?: string } }[] {
  const found = (pattern: string) =>
    resolvePattern(node.data, pattern).filter(
      (match): match is { path: string; value: { link?: string; mediaId?: string }; indices: number[] } =>
        typeof match.value === 'object' && match.value !== null,
    );
  switch (node.type) {
    case 'media':
      return [{ path: '', value: node.data }];
    case 'buttons':
    case 'ctaUrl':
      return node.data.header && node.data.header.type !== 'text' ? found('header') : [];
    case 'template':
      return node.data.header && ['image', 'video', 'document'].includes(node.data.header.format)
        ? found('header')
        : [];
    case 'carousel':
      return found('cards.*.header');
    default:
      return [];
  }
}

const MAY_HAVE_MEDIA: ReadonlySet<GraphNode['type']> = new Set(['media', 'buttons', 'ctaUrl', 'template', 'carousel']);

/** Media has exactly one of link and media id; audio and stickers carry no caption. */
export function checkMedia(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    if (!MAY_HAVE_MEDIA.has(node.type)) continue;
    for (const { path, value } of mediaSources(node)) {
      const hasLink = (value.link ?? '').trim() !== '';
      const hasId = (value.mediaId ?? '').trim() !== '';
      const what = path === '' ? 'This media' : path.endsWith('header') ? 'The header media' : 'The media';
      if (!hasLink && !hasId) {
        ctx.report('media.noSource', `${what} has neither a link nor an uploaded file.`, {
          nodeId: node.id,
          path: path === '' ? 'link' : `${path}.link`,
          hint: 'Upload a file or paste a public https:// link.',
        });
      } else if (hasLink && hasId) {
        ctx.report('media.twoSources', `${what} has both a link and an uploaded file; WhatsApp takes one.`, {
          nodeId: node.id,
          path: path === '' ? 'mediaId' : `${path}.mediaId`,
          hint: 'Remove the link or the uploaded file.',
        });
      }
    }
    if (node.type === 'media' && (node.data.mediaType === 'audio' || node.data.mediaType === 'sticker')) {
      if ((node.data.caption ?? '') !== '') {
        ctx.report('media.captionNotAllowed', `WhatsApp shows no caption on ${node.data.mediaType} messages.`, {
          nodeId: node.id,
          path: 'caption',
          hint: 'Remove the caption, or send the text as its own message.',
        });
      }
    }
  }
}
