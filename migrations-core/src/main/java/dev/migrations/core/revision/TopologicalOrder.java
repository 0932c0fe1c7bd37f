package dev.migrations.core.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders revisions so that parents and dependencies come before the revisions that need them; where several
 * revisions are free to come next, the oldest comes first (undated before dated), then the lowest id. The order
 * depends only on the revisions, never on the order they were found in.
 */
final class TopologicalOrder {

	private static final Comparator<RevisionScript> OLDEST_FIRST = Comparator
		.comparing(RevisionScript::created, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(RevisionScript::id);

	private TopologicalOrder() {
	}

	/**
	 * Orders the given revisions, whose prerequisites are all among them.
	 * @throws RevisionGraphException naming the revisions of a cycle if there is one
	 */
	static List<RevisionScript> of(Map<String, RevisionScript> byId) {
		Map<String, Integer> waitingFor = new HashMap<>();
		Map<String, List<RevisionScript>> waitedOnBy = new HashMap<>();
		PriorityQueue<RevisionScript> ready = new PriorityQueue<>(OLDEST_FIRST);
		for (RevisionScript script : byId.values()) {
			Set<String> prerequisites = script.prerequisites();
			waitingFor.put(script.id(), prerequisites.size());
			prerequisites.forEach((id) -> waitedOnBy.computeIfAbsent(id, (key) -> new ArrayList<>()).add(script));
			if (prerequisites.isEmpty()) {
				ready.add(script);
			}
		}
		List<RevisionScript> order = new ArrayList<>();
		while (!ready.isEmpty()) {
			RevisionScript next = ready.poll();
			order.add(next);
			for (RevisionScript waiting : waitedOnBy.getOrDefault(next.id(), List.of())) {
				if (waitingFor.merge(waiting.id(), -1, Integer::sum) == 0) {
					ready.add(waiting);
				}
			}
		}
		if (order.size() < byId.size()) {
			throw cycle(byId, order);
		}
		return order;
	}

	/**
	 * Names one cycle among the revisions left out of the order: each of them waits for another left-out revision,
	 * so following those waits comes back on itself.
	 */
	private static RevisionGraphException cycle(Map<String, RevisionScript> byId, List<RevisionScript> ordered) {
		Set<String> left = new HashSet<>(byId.keySet());
		ordered.forEach((script) -> left.remove(script.id()));
		List<String> path = new ArrayList<>();
		String id = Collections.min(left);
		while (!path.contains(id)) {
			path.add(id);
			id = Collections.min(byId.get(id).prerequisites().stream().filter(left::contains).toList());
		}
		List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
		cycle.add(id);
		return new RevisionGraphException("revisions form a cycle: " + String.join(" -> ", cycle)
				+ " (each revises or depends on the next); a revision can only revise or depend on older revisions");
	}

}
