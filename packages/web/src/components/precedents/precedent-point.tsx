import type { Point } from '../../api/types.ts';
import { categoryName } from '../../lib/category-names.ts';
import { UserText } from '../user-text.tsx';

/** A point as the precedents page shows it: number, text (with its sub-points), categories. */
export function PrecedentPoint({ point, points }: { point: Point; points: readonly Point[] }) {
  const below = points.filter((p) => p.parentPointId === point.id);
  const text = point.text.en ?? Object.values(point.text)[0] ?? '';
  return (
    <div className="precedent-point" data-testid="precedent-point" data-number={point.number}>
      <p>
        <strong>{point.number}.</strong>{' '}
        <span dir="auto">
          <UserText text={text} />
        </span>
      </p>
      {below.length > 0 ? (
        <ul className="precedent-sub-points">
          {below.map((s) => (
            <li key={s.id}>
              <strong>{s.number}</strong>{' '}
              <span dir="auto">
                <UserText text={s.text.en ?? Object.values(s.text)[0] ?? ''} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {point.categories.length > 0 ? (
        <p className="muted precedent-categories">{point.categories.map(categoryName).join(' · ')}</p>
      ) : null}
    </div>
  );
}
