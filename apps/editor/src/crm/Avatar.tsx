const HUES = [160, 200, 230, 265, 300, 340, 20, 35, 90, 130];

/** A round badge with the contact's initials, coloured by a hash of the id so a person keeps their colour. */
export function Avatar({ id, name, size = 36 }: { id: string; name: string | null; size?: number }) {
  const hue = HUES[hash(id) % HUES.length] ?? 160;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.38),
        background: `hsl(${hue} 55% 90%)`,
        color: `hsl(${hue} 45% 30%)`,
      }}
    >
      {initials(name)}
    </span>
  );
}

/** "AR" for "Ana Ruiz", "#" without a name. */
export function initials(name: string | null): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '#';
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(value);
}
