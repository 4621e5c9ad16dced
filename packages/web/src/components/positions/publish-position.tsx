import { postJson } from '../../api/client.ts';
import { useWrite } from '../authoring/use-write.ts';
import { ProblemView } from '../status.tsx';

/**
 * Makes a party's private position public, for its own delegation (the server's `mayPublishFor` says who may):
 * from then on whoever reads the version reads it. It cannot be made private again, and the button says so.
 */
export function PublishPosition({
  positionId,
  onPublished,
}: {
  positionId: string;
  onPublished: () => void;
}) {
  const write = useWrite();
  const publish = async () => {
    const ok = await write.run(async () => {
      await postJson(`/api/positions/${encodeURIComponent(positionId)}/publication`, undefined);
    });
    if (ok) onPublished();
  };
  return (
    <span className="publish-position">
      <button
        type="button"
        disabled={write.busy}
        onClick={() => void publish()}
        title="Everyone who reads this version will read it; it cannot be made private again."
        data-testid="publish-position"
      >
        Publish this position
      </button>
      {write.problem ? <ProblemView problem={write.problem} /> : null}
    </span>
  );
}
