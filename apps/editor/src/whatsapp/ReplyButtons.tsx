import { Icon } from '../ui/Icon.tsx';
import type { Choice, RenderChoice } from './ChoiceSlot.ts';
import { FormattedText } from './FormattedText.tsx';

/** Reply buttons (or template quick replies) stacked under their bubble, as WhatsApp shows them. */
export function ReplyButtons({
  choices,
  renderChoice,
  placeholders,
}: {
  choices: Choice[];
  renderChoice: RenderChoice;
  placeholders?: boolean;
}) {
  if (choices.length === 0) return null;
  return (
    <div className="wa-replies">
      {choices.map((choice) => (
        <div key={choice.id} className="wa-reply-slot" data-choice={choice.id}>
          {renderChoice(
            choice,
            <div className="wa-reply">
              <Icon name="reply" size={15} />
              <span className="wa-reply__title">
                {choice.title ? <FormattedText text={choice.title} placeholders={placeholders} /> : <i>Untitled</i>}
              </span>
            </div>,
          )}
        </div>
      ))}
    </div>
  );
}
