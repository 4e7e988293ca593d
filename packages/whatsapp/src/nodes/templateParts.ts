import type { CarouselButton, TemplateButton, TemplateHeader, TemplateParam } from '@salesbot/graph';
import type { PlaceholderValues, TemplateComponent, TemplateParameter, TemplatePayload } from '../types.ts';
import { fill, fillOptional, mediaObject } from './shared.ts';

/** Text parameters in order; named templates add `parameter_name`. */
export function textParameters(
  params: readonly TemplateParam[],
  values: PlaceholderValues,
  named: boolean,
): TemplateParameter[] {
  return params.map((param) => ({
    type: 'text',
    text: fill(param.value, values),
    ...(named && param.name ? { parameter_name: param.name } : {}),
  }));
}

/** The `body` component, or nothing when the body has no parameter. */
export function bodyComponents(
  params: readonly TemplateParam[],
  values: PlaceholderValues,
  named: boolean,
): TemplateComponent[] {
  return params.length === 0 ? [] : [{ type: 'body', parameters: textParameters(params, values, named) }];
}

/** The `header` component: text parameters, or the media or location the approved header expects. */
export function headerComponents(
  header: TemplateHeader | undefined,
  values: PlaceholderValues,
  named: boolean,
): TemplateComponent[] {
  if (!header) return [];
  switch (header.format) {
    case 'text':
      return header.params.length === 0
        ? []
        : [{ type: 'header', parameters: textParameters(header.params, values, named) }];
    case 'image':
      return [{ type: 'header', parameters: [{ type: 'image', image: mediaObject(header) }] }];
    case 'video':
      return [{ type: 'header', parameters: [{ type: 'video', video: mediaObject(header) }] }];
    case 'document':
      return [{ type: 'header', parameters: [{ type: 'document', document: mediaObject(header) }] }];
    case 'location': {
      const name = fillOptional(header.name, values);
      const address = fillOptional(header.address, values);
      const location = {
        latitude: header.latitude,
        longitude: header.longitude,
        ...(name === undefined ? {} : { name }),
        ...(address === undefined ? {} : { address }),
      };
      return [{ type: 'header', parameters: [{ type: 'location', location }] }];
    }
  }
}

/**
 * One `button` component per button that takes a parameter. `index` is the button's position among all the
 * template's (or card's) buttons, so phone and flow buttons count even though they send nothing.
 */
export function buttonComponents(
  buttons: readonly (TemplateButton | CarouselButton)[],
  values: PlaceholderValues,
): TemplateComponent[] {
  return buttons.flatMap((button, position): TemplateComponent[] => {
    const index = String(position);
    switch (button.type) {
      case 'quickReply':
        return [
          { type: 'button', sub_type: 'quick_reply', index, parameters: [{ type: 'payload', payload: button.id }] },
        ];
      case 'url':
        return button.param === undefined
          ? []
          : [
              {
                type: 'button',
                sub_type: 'url',
                index,
                parameters: [{ type: 'text', text: fill(button.param, values) }],
              },
            ];
      case 'copyCode':
        // WhatsApp requires the code with every send of a copy-code button.
        return [
          {
            type: 'button',
            sub_type: 'copy_code',
            index,
            parameters: [{ type: 'coupon_code', coupon_code: fill(button.code, values) }],
          },
        ];
      default:
        // Phone and flow buttons take no parameter here (a Flow step sends its own flow button).
        return [];
    }
  });
}

/** `{ name, language: { code }, components? }`: `components` only when there is one. */
export function templatePayload(name: string, language: string, components: TemplateComponent[]): TemplatePayload {
  return { name, language: { code: language }, ...(components.length === 0 ? {} : { components }) };
}
