package dev.migrations.core.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.migrations.core.revision.MigrationPlan.Direction;
import dev.migrations.core.revision.MigrationPlan.Step;

/**
 * The revisions of an application and how they relate, checked as a whole when built: every id is unique, every
 * parent and dependency exists, no revision is its own ancestor and every branch label names one revision.
 *
 * <p>A revision's <em>parents</em> are the revisions it {@link Revision#revises() revises}; its <em>children</em> are
 * the revisions that revise it. A <em>head</em> has no children, a <em>base</em> has no parents, a <em>branch
 * point</em> has several children and a <em>merge point</em> several parents. {@link Revision#dependsOn()
 * Dependencies} order revisions without making them parents or children.
 *
 * <p><strong>Database state.</strong> The database records its state as version rows, one revision id per row:
 * <ul>
 * <li>the <em>applied set</em> is the rows plus all their ancestors through {@code revises} and {@code dependsOn};
 * <li>after a change, the rows are the applied revisions that have no applied child through {@code revises} (a
 * dependency never merges two rows into one).
 * </ul>
 * Every method taking {@code currentRows} first {@linkplain #validateCurrent checks} that they are revisions of this
 * graph. {@link #resolve} lists the forms a target takes.
 */
public final class RevisionGraph {

	private static final Pattern PARTIAL_ID = Pattern.compile("[0-9a-f]+");

	/** Every revision by id, in topological order. */
	private final Map<String, RevisionScript> revisions;

	/** Revision ids to the ids of the revisions that revise them. */
	private final Map<String, List<String>> children;

	/** Revision ids to the ids of the revisions that revise them or depend on them. */
	private final Map<String, List<String>> requiredBy;

	/** Branch labels to the id of the labelled revision. */
	private final Map<String, String> branchLabels;

	private RevisionGraph(List<RevisionScript> order, Map<String, String> branchLabels) {
		this.revisions = new LinkedHashMap<>();
		this.children = new HashMap<>();
		this.requiredBy = new HashMap<>();
		for (RevisionScript revision : order) {
			this.revisions.put(revision.id(), revision);
			this.children.put(revision.id(), new ArrayList<>());
			this.requiredBy.put(revision.id(), new ArrayList<>());
			revision.revises().forEach((parent) -> this.children.get(parent).add(revision.id()));
			revision.prerequisites().forEach((required) -> this.requiredBy.get(required).add(revision.id()));
		}
		this.branchLabels = branchLabels;
	}

	/**
	 * Builds the graph of the given revisions; no revisions is a valid, empty graph.
	 * @throws RevisionGraphException naming the revisions if an id is declared twice, a parent or dependency does
	 * not exist, revisions form a cycle or a branch label is declared twice
	 */
	public static RevisionGraph of(Collection<RevisionScript> scripts) {
		Map<String, RevisionScript> byId = new TreeMap<>();
		scripts.stream()
			.distinct()
			.sorted(Comparator.comparing(RevisionScript::id).thenComparing((script) -> script.type().getName()))
			.forEach((script) -> {
				RevisionScript other = byId.putIfAbsent(script.id(), script);
				if (other != null) {
					throw new RevisionGraphException("revision id " + script.id() + " is declared by both "
							+ other.type().getName() + " and " + script.type().getName() + "; give one of them an id of"
							+ " its own (the revision command picks a random one) and update the revises of the"
							+ " revisions on top of it");
				}
			});
		byId.values().forEach((script) -> checkReferencesExist(script, byId));
		return new RevisionGraph(TopologicalOrder.of(byId), branchLabels(byId.values()));
	}

	/**
	 * Reads each class with {@link RevisionScript#of} and builds their graph.
	 * @throws RevisionGraphException if a class is not a well-formed revision or the graph is not valid
	 */
	public static RevisionGraph ofClasses(Collection<? extends Class<?>> types) {
		return of(types.stream().map(RevisionScript::of).toList());
	}

	private static void checkReferencesExist(RevisionScript script, Map<String, RevisionScript> byId) {
		for (String parent : script.revises()) {
			if (!byId.containsKey(parent)) {
				throw new RevisionGraphException("revision " + script.id() + " revises " + parent
						+ ", which does not exist; fix revises in " + script.type().getName()
						+ " or add the missing revision class");
			}
		}
		for (String dependency : script.dependsOn()) {
			if (!byId.containsKey(dependency)) {
				throw new RevisionGraphException("revision " + script.id() + " depends on " + dependency
						+ ", which does not exist; fix dependsOn in " + script.type().getName()
						+ " or add the missing revision class");
			}
		}
	}

	private static Map<String, String> branchLabels(Collection<RevisionScript> scripts) {
		Map<String, RevisionScript> byLabel = new HashMap<>();
		for (RevisionScript script : scripts) {
			for (String label : script.branchLabels()) {
				RevisionScript other = byLabel.putIfAbsent(label, script);
				if (other != null) {
					throw new RevisionGraphException(
							"branch label '" + label + "' is declared by both " + other + " and " + script);
				}
			}
		}
		Map<String, String> labels = new HashMap<>();
		byLabel.forEach((label, script) -> labels.put(label, script.id()));
		return labels;
	}

	/**
	 * Returns the revision with exactly this id.
	 * @throws RevisionGraphException if there is none
	 */
	public RevisionScript get(String id) {
		RevisionScript revision = this.revisions.get(id);
		if (revision == null) {
			throw cannotLocate(id, "");
		}
		return revision;
	}

	/** Whether a revision with this exact id is in the graph. */
	public boolean contains(String id) {
		return this.revisions.containsKey(id);
	}

	/** The applied set that version rows stand for: the rows and all their ancestors through revises and dependsOn. */
	public Set<String> applied(Set<String> rows) {
		return inOrder(withAncestors(rows));
	}

	/**
	 * The version rows that record the database as being exactly at a target, as {@code stamp} writes them: the
	 * target's revisions without those that are ancestors of another.
	 */
	public Set<String> stampRows(Set<String> currentRows, String target) {
		return rowsOf(withAncestors(resolve(target, currentRows)));
	}

	/** Every revision, parents and dependencies before the revisions that need them, then oldest, then by id. */
	public List<RevisionScript> revisions() {
		return List.copyOf(this.revisions.values());
	}

	/** The revisions without children, in {@linkplain #revisions() graph order}. */
	public List<RevisionScript> heads() {
		return select((revision) -> this.children.get(revision.id()).isEmpty());
	}

	/** The revisions without parents, in graph order. */
	public List<RevisionScript> bases() {
		return select((revision) -> revision.revises().isEmpty());
	}

	/** The revisions with several children, in graph order. */
	public List<RevisionScript> branchPoints() {
		return select((revision) -> this.children.get(revision.id()).size() > 1);
	}

	/** The revisions with several parents, in graph order. */
	public List<RevisionScript> mergePoints() {
		return select((revision) -> revision.revises().size() > 1);
	}

	/**
	 * Returns the revisions that revise the one with this id, in graph order.
	 * @throws RevisionGraphException if there is no such revision
	 */
	public List<RevisionScript> children(String id) {
		get(id);
		return this.children.get(id).stream().map(this.revisions::get).toList();
	}

	/**
	 * Whether no revision revises the one with this id.
	 * @throws RevisionGraphException if there is no such revision
	 */
	public boolean isHead(String id) {
		return children(id).isEmpty();
	}

	private List<RevisionScript> select(Predicate<RevisionScript> filter) {
		return this.revisions.values().stream().filter(filter).toList();
	}

	/**
	 * Checks that every version row names a revision of this graph.
	 * @throws RevisionGraphException naming the first row that does not
	 */
	public void validateCurrent(Set<String> rows) {
		for (String row : new TreeSet<>(rows)) {
			if (!this.revisions.containsKey(row)) {
				throw cannotLocate(row, " (it is recorded in the database's version table, but no revision class "
						+ "declares it: is the class missing from the scanned packages, or was the database migrated"
						+ " by a newer build? Deploy the code that has it, or stamp a revision you know the database"
						+ " matches with purge: -Dmigrate.stamp=<revision> -Dmigrate.purge)");
			}
		}
	}

	/**
	 * Resolves a target to the revisions it names, in graph order; empty means base. The forms:
	 * <ul>
	 * <li>{@code base}: no revision;
	 * <li>{@code heads}: every head;
	 * <li>{@code head}: the only head, refused if there are several; base in an empty graph;
	 * <li>{@code current}: the current rows;
	 * <li>a full id, a branch label (the labelled revision) or a unique id prefix of at least four characters,
	 * tried in that order;
	 * <li>{@code <label>@head}: the only head reachable from the labelled revision through children (a full id or
	 * prefix works in place of the label);
	 * <li>{@code +N}: the rows after the first N steps of the upgrade from the current rows to the only head;
	 * <li>{@code -N}: the rows after reverting N revisions one at a time, each time the only current row; refused
	 * when there are several current rows;
	 * <li>{@code <target>+N} and {@code <target>-N}: N steps from the single revision the target names, each step to
	 * its only child or its only parent; one step down from a base is base, refused where a step is ambiguous.
	 * </ul>
	 * @throws RevisionGraphException if the target names nothing, or is ambiguous, or a current row is unknown
	 */
	public Set<String> resolve(String target, Set<String> currentRows) {
		validateCurrent(currentRows);
		return Target.parse(target).resolve(this, currentRows);
	}

	/**
	 * Plans the upgrade from the current rows to a target: the target's revisions and everything they need that is
	 * not applied yet, in graph order (parents and dependencies first). A target already applied gives an empty
	 * plan.
	 * @throws RevisionGraphException if the target cannot be resolved or is {@code -N}
	 */
	public MigrationPlan upgradePlan(Set<String> currentRows, String target) {
		validateCurrent(currentRows);
		Target parsed = Target.parse(target);
		if (parsed instanceof Target.Relative relative && relative.steps() < 0) {
			throw new RevisionGraphException(
					"Relative revision " + target + " reverts revisions: use it with downgrade");
		}
		return upgradeTo(currentRows, parsed.resolve(this, currentRows));
	}

	/** Plans the upgrade from the current rows to resolved targets. */
	MigrationPlan upgradeTo(Set<String> currentRows, Set<String> targets) {
		Set<String> applied = withAncestors(currentRows);
		Set<String> needed = withAncestors(targets);
		List<Step> steps = new ArrayList<>();
		for (RevisionScript revision : this.revisions.values()) {
			if (needed.contains(revision.id()) && applied.add(revision.id())) {
				steps.add(new Step(revision, rowsOf(applied)));
			}
		}
		return new MigrationPlan(Direction.UPGRADE, steps);
	}

	/**
	 * Plans the downgrade from the current rows to a target: the applied revisions that descend from a target
	 * revision through revises or dependsOn, except those the targets need, children and dependents first. Other
	 * branches are left alone; {@code base} reverts everything. Reverting a merge revision leaves its parents as rows.
	 * @throws RevisionGraphException if the target cannot be resolved, is {@code +N}, or is not applied
	 */
	public MigrationPlan downgradePlan(Set<String> currentRows, String target) {
		validateCurrent(currentRows);
		Target parsed = Target.parse(target);
		if (parsed instanceof Target.Relative relative && relative.steps() > 0) {
			throw new RevisionGraphException("Relative revision " + target + " applies revisions: use it with upgrade");
		}
		Set<String> targets = parsed.resolve(this, currentRows);
		Set<String> applied = withAncestors(currentRows);
		for (String id : targets) {
			if (!applied.contains(id)) {
				throw new RevisionGraphException("Can't downgrade to " + id + ": it is not applied (the database is at "
						+ describe(rowsOf(applied)) + "); upgrade to it instead");
			}
		}
		Set<String> reverted = new HashSet<>(applied);
		if (!targets.isEmpty()) {
			reverted.retainAll(withDescendants(targets));
			reverted.removeAll(withAncestors(targets));
		}
		List<Step> steps = new ArrayList<>();
		for (RevisionScript revision : newestFirst()) {
			if (reverted.contains(revision.id())) {
				applied.remove(revision.id());
				steps.add(new Step(revision, rowsOf(applied)));
			}
		}
		return new MigrationPlan(Direction.DOWNGRADE, steps);
	}

	/**
	 * Lists the revisions of a history range, newest first (the reverse of {@linkplain #revisions() graph order}),
	 * as {@code alembic history -r} does. Each side of a range is a target of any form {@link #resolve} accepts:
	 * <ul>
	 * <li>{@code a:b}: the revisions that are both descendants of a and ancestors of b through revises and dependsOn,
	 * a and b included; refused if a is not an ancestor of b;
	 * <li>{@code :b}: b and all its ancestors; {@code a:}: a and all its descendants; {@code :}: every revision;
	 * <li>a single target, without a colon: the revisions it names.
	 * </ul>
	 * @throws RevisionGraphException if a side cannot be resolved, or the lower side is not an ancestor of the upper
	 */
	public List<RevisionScript> range(String range, Set<String> currentRows) {
		validateCurrent(currentRows);
		int colon = range.indexOf(':');
		if (colon < 0) {
			return newestFirstAmong(Target.parse(range).resolve(this, currentRows));
		}
		String lowerText = range.substring(0, colon);
		String upperText = range.substring(colon + 1);
		Set<String> lower = Target.parse(lowerText.isEmpty() ? "base" : lowerText).resolve(this, currentRows);
		Set<String> within = withAncestors(
				Target.parse(upperText.isEmpty() ? "heads" : upperText).resolve(this, currentRows));
		for (String id : lower) {
			if (!within.contains(id)) {
				throw new RevisionGraphException("Revision " + id + " is not an ancestor of revision " + upperText);
			}
		}
		if (!lower.isEmpty()) {
			within.retainAll(withDescendants(lower));
		}
		return newestFirstAmong(within);
	}

	private List<RevisionScript> newestFirst() {
		List<RevisionScript> newestFirst = new ArrayList<>(this.revisions.values());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	private List<RevisionScript> newestFirstAmong(Set<String> ids) {
		return newestFirst().stream().filter((revision) -> ids.contains(revision.id())).toList();
	}

	/**
	 * The id of the revision a reference names: a full id, a branch label or a unique id prefix of at least four
	 * characters, tried in that order.
	 */
	String find(String reference) {
		if (this.revisions.containsKey(reference)) {
			return reference;
		}
		if (this.branchLabels.containsKey(reference)) {
			return this.branchLabels.get(reference);
		}
		if (reference.length() < 4) {
			throw cannotLocate(reference, PARTIAL_ID.matcher(reference).matches()
					? "; a partial revision id needs at least 4 characters" : "");
		}
		List<String> matches = this.revisions.keySet().stream().filter((id) -> id.startsWith(reference)).toList();
		if (matches.size() > 1) {
			throw new RevisionGraphException("Multiple revisions start with '" + reference + "': "
					+ String.join(", ", matches) + "; give more characters of the id");
		}
		if (matches.isEmpty()) {
			throw cannotLocate(reference, "");
		}
		return matches.get(0);
	}

	/** The given revisions and all their ancestors through revises and dependsOn, as a new modifiable set. */
	Set<String> withAncestors(Collection<String> ids) {
		return closure(ids, (id) -> this.revisions.get(id).prerequisites());
	}

	/** The given revisions and every revision that revises or depends on them, directly or not, as a new set. */
	Set<String> withDescendants(Collection<String> ids) {
		return closure(ids, this.requiredBy::get);
	}

	/** The heads reachable from the given revision through children. */
	Set<String> headsFrom(String id) {
		Set<String> reachable = closure(List.of(id), this.children::get);
		return inOrder(reachable.stream().filter((candidate) -> this.children.get(candidate).isEmpty()).toList());
	}

	/** The version rows that record an applied set: its revisions without an applied child, in graph order. */
	Set<String> rowsOf(Set<String> applied) {
		return inOrder(applied.stream()
			.filter((id) -> this.children.get(id).stream().noneMatch(applied::contains))
			.toList());
	}

	private static Set<String> closure(Collection<String> start, Function<String, Collection<String>> next) {
		Set<String> reached = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(start);
		while (!todo.isEmpty()) {
			String id = todo.pop();
			if (reached.add(id)) {
				todo.addAll(next.apply(id));
			}
		}
		return reached;
	}

	/** The given ids as an unmodifiable set in graph order. */
	Set<String> inOrder(Collection<String> ids) {
		Set<String> wanted = new HashSet<>(ids);
		Set<String> ordered = this.revisions.keySet().stream().filter(wanted::contains)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return Collections.unmodifiableSet(ordered);
	}

	private static String describe(Set<String> rows) {
		return rows.isEmpty() ? "base" : String.join(", ", rows);
	}

	private static RevisionGraphException cannotLocate(String reference, String detail) {
		return new RevisionGraphException("Can't locate revision identified by '" + reference + "'" + detail);
	}

}
