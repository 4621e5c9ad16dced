import type { VersionWithdrawal } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import type { VersionSummary } from '../api/types.ts';
import { formatDate } from '../lib/commitments.ts';
import { buildVersionTree, type VersionTreeNode } from '../lib/version-tree.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';
import { AudienceBadge } from './audience-badge.tsx';

/** A plan's versions as a tree: each counter-draft under the version it answers, the open one marked. */
export function VersionTreeView({
  versions,
  currentId,
  title = 'Versions',
  parties,
}: {
  versions: (VersionSummary & { withdrawal?: VersionWithdrawal | null })[];
  currentId: string | null;
  title?: string;
  /** The process's parties: when given, each version says who can see it. */
  parties?: { id: string; name: string }[];
}) {
  const tree = buildVersionTree(versions, currentId);
  return (
    <section className="version-tree" data-testid="version-tree" aria-label={title}>
      <h2 className="panel-title">{title}</h2>
      {tree.length === 0 ? (
        <p className="muted">No versions yet.</p>
      ) : (
        <ul className="tree">
          {tree.map((node) => (
            <TreeNode key={node.version.id} node={node} parties={parties} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TreeNode({
  node,
  parties,
}: {
  node: VersionTreeNode;
  parties: { id: string; name: string }[] | undefined;
}) {
  const { version } = node;
  const withdrawal = (version as { withdrawal?: VersionWithdrawal | null }).withdrawal ?? null;
  const classes = [
    'tree-node',
    node.isCurrent ? 'is-current' : '',
    node.isAncestorOfCurrent ? 'on-path' : '',
    withdrawal ? 'is-withdrawn' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes}>
      {/* The test id sits on the node's own line, not the li, so a node's text never includes its children's. */}
      <div
        className="tree-node-body"
        data-testid="tree-node"
        data-current={node.isCurrent ? 'true' : 'false'}
      >
        {node.isCurrent ? (
          <span className="tree-label" aria-current="page" dir="auto">
            {revealInvisible(version.label)}
          </span>
        ) : (
          <Link className="tree-label" href={paths.version(version.id)} dir="auto">
            {revealInvisible(version.label)}
          </Link>
        )}
        <span className="tree-meta">
          <StatusBadge status={version.status} />
          {withdrawal ? (
            <span className="badge badge-withdrawn" data-testid="withdrawn-badge" title={withdrawal.reason}>
              withdrawn
            </span>
          ) : null}
          {version.issuedOn ? <time dateTime={version.issuedOn}>{formatDate(version.issuedOn)}</time> : null}
          {parties ? <AudienceBadge audience={version.audience} parties={parties} /> : null}
          {node.isCurrent ? <span className="tree-here">this version</span> : null}
          {node.missingParent ? <span className="tree-warning">parent version not found</span> : null}
        </span>
        {withdrawal ? (
          <p className="tree-withdrawal muted" data-testid="withdrawal-reason" dir="auto">
            Withdrawn: {revealInvisible(withdrawal.reason)}
          </p>
        ) : null}
      </div>
      {node.children.length > 0 ? (
        <ul className="tree">
          {node.children.map((child) => (
            <TreeNode key={child.version.id} node={child} parties={parties} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{status}</span>;
}
