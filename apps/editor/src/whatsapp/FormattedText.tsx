import { memo } from 'react';
import { type FormatNode, parseWhatsAppFormatting } from './parseWhatsAppFormatting.ts';

export interface FormattedTextProps {
  text: string;
  /** Show `{{name}}` as chips (the editor's canvas) instead of plain text. */
  placeholders?: boolean;
}

/**
 * A customer-facing text with WhatsApp's formatting turned into elements. Only React text nodes are produced: user
 * text can never become markup.
 */
export const FormattedText = memo(function FormattedText({ text, placeholders }: FormattedTextProps) {
  return <>{renderNodes(parseWhatsAppFormatting(text, { placeholders }))}</>;
});

function renderNodes(nodes: FormatNode[]) {
  return nodes.map((node, index) => {
    const key = index;
    switch (node.kind) {
      case 'text':
        return <span key={key}>{node.text}</span>;
      case 'placeholder':
        return (
          <span key={key} className="wa-var">
            {node.key}
          </span>
        );
      case 'bold':
        return <strong key={key}>{renderNodes(node.children)}</strong>;
      case 'italic':
        return <em key={key}>{renderNodes(node.children)}</em>;
      case 'strike':
        return <s key={key}>{renderNodes(node.children)}</s>;
      case 'code':
        return (
          <code key={key} className="wa-code">
            {renderNodes(node.children)}
          </code>
        );
      case 'mono':
        return (
          <code key={key} className="wa-mono">
            {renderNodes(node.children)}
          </code>
        );
      default:
        return null;
    }
  });
}
