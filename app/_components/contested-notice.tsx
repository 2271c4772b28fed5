/** A moderator marked the position contested: says so, and why, wherever the position is shown. */
export function ContestedNotice({ note }: { note: string }) {
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <span className="font-semibold">Contested.</span> {note}{" "}
      <span className="text-amber-900">The stance shown is the coded one; a moderator marked it disputed.</span>
    </p>
  );
}
