import type { CustomerInput, ScriptReferral } from '@salesbot/engine';
import { useRef, useState } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { SendIcon } from './SendIcon.tsx';

/**
 * The phone's message box: type and send (Enter), attach a photo or a location, and "arrive from an ad" to send
 * the next message with a click-to-WhatsApp referral.
 */
export function Composer({
  onSend,
  referral,
  onReferral,
  disabled,
}: {
  onSend: (input: CustomerInput) => void;
  /** The referral the next message carries, or null. */
  referral: ScriptReferral | null;
  onReferral: (referral: ScriptReferral | null) => void;
  disabled?: boolean;
}) {
  const [text, setText] = useState('');
  const [menu, setMenu] = useState(false);
  const photoCount = useRef(0);
  const withReferral = (input: CustomerInput): CustomerInput => (referral ? { ...input, referral } : input);
  const send = () => {
    if (!text.trim()) return;
    onSend(withReferral({ text }));
    setText('');
  };
  return (
    <div className="pv-composer-wrap">
      {referral ? (
        <div className="pv-referral-form" data-testid="referral-form">
          <div className="pv-referral-form__head">
            <Icon name="megaphone" size={14} />
            <span>
              The next message arrives from a click-to-WhatsApp {referral.sourceType === 'post' ? 'post' : 'ad'}
            </span>
            <button
              type="button"
              className="pv-icon-btn pv-icon-btn--sm"
              aria-label="No referral"
              onClick={() => onReferral(null)}
            >
              <Icon name="close" size={14} />
            </button>
          </div>
          <div className="pv-referral-form__fields">
            <select
              className="select select--sm"
              aria-label="Source type"
              value={referral.sourceType}
              onChange={(event) => onReferral({ ...referral, sourceType: event.target.value })}
            >
              <option value="ad">Ad</option>
              <option value="post">Post</option>
            </select>
            <input
              className="input input--sm"
              aria-label="Source id"
              placeholder="Ad id"
              value={referral.sourceId ?? ''}
              onChange={(event) => onReferral({ ...referral, sourceId: event.target.value })}
            />
            <input
              className="input input--sm"
              aria-label="Headline"
              placeholder="Headline"
              value={referral.headline ?? ''}
              onChange={(event) => onReferral({ ...referral, headline: event.target.value })}
            />
          </div>
        </div>
      ) : null}
      <div className="pv-composer">
        <div className="pv-composer__box">
          <button
            type="button"
            className={`pv-icon-btn${referral ? ' is-on' : ''}`}
            aria-label="Arrive from an ad"
            data-testid="referral-toggle"
            title="Arrive from an ad (click-to-WhatsApp referral)"
            aria-pressed={referral !== null}
            onClick={() => onReferral(referral ? null : { sourceType: 'ad', sourceId: '', headline: '' })}
          >
            <Icon name="megaphone" size={19} />
          </button>
          <input
            className="pv-composer__input"
            placeholder="Message"
            data-testid="composer-input"
            aria-label="Message"
            value={text}
            disabled={disabled}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                send();
              }
            }}
          />
          <span className="pv-composer__attach">
            <button
              type="button"
              className="pv-icon-btn"
              aria-label="Attach"
              aria-expanded={menu}
              onClick={() => setMenu(!menu)}
            >
              <Icon name="link" size={19} />
            </button>
            {menu ? (
              <div className="pv-attach-menu" role="menu">
                <button
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    setMenu(false);
                    photoCount.current += 1;
                    const caption = text.trim();
                    onSend(
                      withReferral({
                        image: {
                          id: `preview-photo-${photoCount.current}`,
                          mimeType: 'image/jpeg',
                          ...(caption ? { caption } : {}),
                        },
                      }),
                    );
                    setText('');
                  }}
                >
                  <Icon name="image" size={16} /> Photo {text.trim() ? '(with the text as caption)' : ''}
                </button>
                <button
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    setMenu(false);
                    onSend(
                      withReferral({
                        location: { latitude: 40.4168, longitude: -3.7038, name: 'Puerta del Sol, Madrid' },
                      }),
                    );
                  }}
                >
                  <Icon name="location" size={16} /> Location
                </button>
              </div>
            ) : null}
          </span>
        </div>
        <button
          type="button"
          className="pv-send-round"
          aria-label="Send"
          onClick={send}
          disabled={disabled || !text.trim()}
        >
          <SendIcon />
        </button>
      </div>
    </div>
  );
}
