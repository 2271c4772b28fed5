/** What the multistakeholder and the intergovernmental pole mean for one topic. */
export function TopicPoles({
  topic,
  className = "grid gap-2 text-sm",
}: {
  topic: { multistakeholderPole: string; intergovernmentalPole: string };
  className?: string;
}) {
  return (
    <dl className={className}>
      <div className="border-s-4 border-[#5e3c99] bg-white py-1 ps-3">
        <dt className="font-semibold">Multistakeholder pole</dt>
        <dd className="text-slate-700">{topic.multistakeholderPole}</dd>
      </div>
      <div className="border-s-4 border-[#e66101] bg-white py-1 ps-3">
        <dt className="font-semibold">Intergovernmental pole</dt>
        <dd className="text-slate-700">{topic.intergovernmentalPole}</dd>
      </div>
    </dl>
  );
}
