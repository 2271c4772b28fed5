/** The hatching of a territory that is not a UN member or observer state (`fill="url(#not-un)"`). */
export function NotUnPattern() {
  return (
    <defs>
      <pattern id="not-un" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#cbd5e1" strokeWidth="2" />
      </pattern>
    </defs>
  );
}
