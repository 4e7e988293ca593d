/** WhatsApp's double tick: blue once read (the bot heard it), grey when delivered only. */
export function Ticks({ read }: { read: boolean }) {
  return (
    <svg
      className={`pv-ticks${read ? ' is-read' : ''}`}
      viewBox="0 0 18 11"
      width="16"
      height="11"
      role="img"
      aria-label={read ? 'Read' : 'Delivered'}
    >
      <path d="M1 5.8 4.2 9 11 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <path d="M7.4 8.4 8 9l6.8-7.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
