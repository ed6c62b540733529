/**
 * "Did you mean …?" for labels: the closest known label by edit distance, compared without case,
 * and the closest served label set for a set no runner serves.
 */
import { distance } from 'fastest-levenshtein';

/** Farther than this, a suggestion is a guess, not a typo: a third of the word, at least 2. */
const reach = (word: string) => Math.max(2, Math.floor(word.length / 3));

/** The known label closest to `wanted` (as the fleet spells it), or undefined when none is near. */
export function closestLabel(wanted: string, known: readonly string[]): string | undefined {
  const target = wanted.toLowerCase();
  let best: { label: string; cost: number } | undefined;
  for (const label of known) {
    const cost = distance(target, label.toLowerCase());
    if (cost === 0) continue;
    if (!best || cost < best.cost) best = { label, cost };
  }
  return best && best.cost <= reach(wanted) ? best.label : undefined;
}

/**
 * The served label set nearest to `wanted`: each wanted label costs its distance to the nearest
 * label of the set, each label of the set nobody asked for costs its length. Undefined when no
 * set shares anything with `wanted` within typo reach.
 */
export function closestLabelSet(
  wanted: readonly string[],
  served: readonly (readonly string[])[],
): readonly string[] | undefined {
  let best: { set: readonly string[]; cost: number } | undefined;
  for (const set of served) {
    const lower = set.map((l) => l.toLowerCase());
    let cost = 0;
    let near = false;
    const used = new Set<number>();
    for (const label of wanted) {
      const w = label.toLowerCase();
      let min = Number.POSITIVE_INFINITY;
      let at = -1;
      lower.forEach((l, i) => {
        const d = distance(w, l);
        if (d < min) [min, at] = [d, i];
      });
      if (at >= 0 && min <= reach(label)) {
        near = true;
        used.add(at);
      }
      cost += Math.min(min, label.length);
    }
    lower.forEach((l, i) => {
      if (!used.has(i)) cost += l.length;
    });
    if (near && (!best || cost < best.cost)) best = { set, cost };
  }
  return best?.set;
}
