/**
 * The maps' hatchings: a territory that is not a UN member or observer state (`fill="url(#not-un)"`,
 * grey on white), and a government whose position is contested (`fill="url(#contested)"`, dark lines
 * laid over its stance's colour, like the matrix's hatched cells).
 */
export function MapPatterns() {
  return (
    <defs>
      <pattern id="not-un" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#cbd5e1" strokeWidth="2" />
      </pattern>
      <pattern id="contested" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <line x1="0" y1="0" x2="0" y2="4" stroke="#0f172a" strokeOpacity="0.55" strokeWidth="1.2" />
      </pattern>
    </defs>
  );
}
