import { LIMITS, type MediaType, mediaTypes, type NodeOf } from '@salesbot/graph';
import { MediaSourceFields } from './fields/InteractiveHeaderField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

const LABELS: Record<MediaType, string> = {
  image: 'Image (JPEG, PNG · 5 MB)',
  video: 'Video (MP4 · 16 MB)',
  document: 'Document (PDF… · 100 MB)',
  audio: 'Audio (16 MB)',
  sticker: 'Sticker (WebP)',
};

/** Media message: the kind, the file, its caption (and a document's file name). */
export function MediaPanel({ node }: { node: NodeOf<'media'> }) {
  const edit = useStepEditor(node.id);
  const { mediaType, caption, filename, link, mediaId } = node.data;
  const captioned = mediaType !== 'audio' && mediaType !== 'sticker';
  return (
    <>
      <SelectField
        label="Kind"
        path="mediaType"
        value={mediaType}
        options={mediaTypes.map((type) => ({ value: type, label: LABELS[type] }))}
        onChange={(type) =>
          edit.update((data) => {
            const next = { ...(data as NodeOf<'media'>['data']), mediaType: type };
            if (type === 'audio' || type === 'sticker') delete next.caption;
            if (type !== 'document') delete next.filename;
            return next;
          })
        }
      />
      <MediaSourceFields
        path=""
        link={link}
        mediaId={mediaId}
        onChange={(source) =>
          edit.update((data) => {
            const { link: _l, mediaId: _m, ...rest } = data as NodeOf<'media'>['data'];
            return { ...rest, ...source };
          })
        }
      />
      {captioned ? (
        <TextField
          label="Caption"
          path="caption"
          value={caption}
          limit={LIMITS.mediaCaption}
          multiline
          optional
          variables
          onChange={(text) => edit.set('caption', text === '' ? undefined : text)}
        />
      ) : null}
      {mediaType === 'document' ? (
        <TextField
          label="File name"
          path="filename"
          value={filename}
          optional
          placeholder="Price list.pdf"
          onChange={(text) => edit.set('filename', text === '' ? undefined : text)}
        />
      ) : null}
    </>
  );
}
