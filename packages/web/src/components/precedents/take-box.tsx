import type { Point } from '../../api/types.ts';

/** A box to take a precedent's point (with its sub-points) into a new plan. */
export function TakeBox({
  point,
  chosen,
  onToggle,
}: {
  point: Point;
  chosen: ReadonlySet<string>;
  onToggle: (pointId: string) => void;
}) {
  return (
    <label className="precedent-take">
      <input
        type="checkbox"
        checked={chosen.has(point.id)}
        onChange={() => onToggle(point.id)}
        data-testid={`take-${point.number}`}
      />{' '}
      Take point {point.number}
    </label>
  );
}
