import { revealInvisible } from '@concord/core/text';

/**
 * A text someone wrote (a title, a name, a label), shown so it cannot display differently from what it says:
 * `<bdi>` isolates it, with its own direction, so an Arabic or Hebrew name cannot reorder the words around it
 * ("A → B", "Mediator: …"), and the invisible or direction-changing characters an older entry may hold show as
 * `⟦U+202E⟧`. New texts cannot hold them (core's safe text); the log keeps older ones forever.
 */
export function UserText({ text }: { text: string }) {
  return <bdi>{revealInvisible(text)}</bdi>;
}
