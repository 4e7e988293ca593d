import { type InteractiveHeader, LIMITS } from '@salesbot/graph';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

type HeaderKind = 'none' | InteractiveHeader['type'];

/** The optional header of a reply-buttons or link message: text, or an image, video or document. */
export function InteractiveHeaderField({
  value,
  onChange,
  mediaAllowed = true,
}: {
  value: InteractiveHeader | undefined;
  onChange: (value: InteractiveHeader | undefined) => void;
  mediaAllowed?: boolean;
}) {
  const kind: HeaderKind = value?.type ?? 'none';
  const options: { value: HeaderKind; label: string }[] = [
    { value: 'none', label: 'No header' },
    { value: 'text', label: 'Text' },
    ...(mediaAllowed
      ? ([
          { value: 'image', label: 'Image' },
          { value: 'video', label: 'Video' },
          { value: 'document', label: 'Document' },
        ] as const)
      : []),
  ];
  return (
    <>
      <SelectField
        label="Header"
        path="header.type"
        value={kind}
        options={options}
        onChange={(next) =>
          onChange(
            next === 'none' ? undefined : next === 'text' ? { type: 'text', text: '' } : { type: next, link: '' },
          )
        }
      />
      {value?.type === 'text' ? (
        <TextField
          label="Header text"
          path="header.text"
          value={value.text}
          limit={LIMITS.interactiveHeaderText}
          variables
          onChange={(text) => onChange({ type: 'text', text })}
        />
      ) : null}
      {value && value.type !== 'text' ? (
        <MediaSourceFields
          path="header"
          link={value.link}
          mediaId={value.mediaId}
          onChange={(source) => onChange({ type: value.type, ...source })}
        />
      ) : null}
    </>
  );
}

/** A media file by public link, or by the id of an upload to WhatsApp. */
export function MediaSourceFields({
  path,
  link,
  mediaId,
  onChange,
}: {
  path: string;
  link: string | undefined;
  mediaId: string | undefined;
  onChange: (source: { link?: string; mediaId?: string }) => void;
}) {
  const byId = mediaId !== undefined && link === undefined;
  return (
    <>
      <SelectField
        label="File from"
        path={`${path}.source`}
        value={byId ? 'id' : 'link'}
        options={[
          { value: 'link', label: 'A public link (https://…)' },
          { value: 'id', label: 'An uploaded media id' },
        ]}
        onChange={(next) => onChange(next === 'id' ? { mediaId: '' } : { link: '' })}
      />
      {byId ? (
        <TextField
          label="Media id"
          path={`${path}.mediaId`}
          value={mediaId}
          mono
          onChange={(value) => onChange({ mediaId: value })}
        />
      ) : (
        <TextField
          label="Link"
          path={`${path}.link`}
          value={link}
          type="url"
          placeholder="https://example.com/picture.jpg"
          variables
          onChange={(value) => onChange({ link: value })}
        />
      )}
    </>
  );
}
