package dev.migrations.core.revision;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target as a user writes it ({@code head}, {@code 3f2a}, {@code users@head}, {@code -1}, ...), read into the
 * form it takes; {@link RevisionGraph#resolve} documents every form.
 */
sealed interface Target {

	/** Reads a target; whether it names revisions is only known once {@linkplain #resolve resolved}. */
	static Target parse(String text) {
		if (Relative.PATTERN.matcher(text).matches()) {
			return new Relative(Integer.parseInt(text));
		}
		Matcher walk = Walk.PATTERN.matcher(text);
		if (walk.matches()) {
			return new Walk(text, parse(walk.group(1)), Integer.parseInt(walk.group(2)));
		}
		if (text.endsWith(HeadOf.SUFFIX)) {
			return new HeadOf(text.substring(0, text.length() - HeadOf.SUFFIX.length()));
		}
		return switch (text) {
			case "base" -> Keyword.BASE;
			case "head" -> Keyword.HEAD;
			case "heads" -> Keyword.HEADS;
			case "current" -> Keyword.CURRENT;
			default -> new Reference(text);
		};
	}

	/**
	 * The revisions this target names, in graph order; empty means base.
	 * @param currentRows the database's version rows, already validated
	 */
	Set<String> resolve(RevisionGraph graph, Set<String> currentRows);

	private static Set<String> onlyHead(Set<String> heads, String target) {
		if (heads.size() > 1) {
			throw new RevisionGraphException("Multiple heads are present"
					+ (target.equals("head") ? "" : " for '" + target + "'") + ": " + String.join(", ", heads)
					+ "; name one of them, use 'heads', or merge them");
		}
		return heads;
	}

	private static List<String> ids(List<RevisionScript> revisions) {
		return revisions.stream().map(RevisionScript::id).toList();
	}

	/** The targets named by a word. */
	enum Keyword implements Target {

		/** No revision at all. */
		BASE,

		/** The only head; an empty graph's head is base. */
		HEAD,

		/** Every head. */
		HEADS,

		/** The current rows. */
		CURRENT;

		@Override
		public Set<String> resolve(RevisionGraph graph, Set<String> currentRows) {
			return switch (this) {
				case BASE -> Set.of();
				case HEAD -> onlyHead(HEADS.resolve(graph, currentRows), "head");
				case HEADS -> graph.inOrder(ids(graph.heads()));
				case CURRENT -> graph.rowsOf(graph.withAncestors(currentRows));
			};
		}

	}

	/** A revision named by its full id, a branch label or an id prefix. */
	record Reference(String text) implements Target {

		@Override
		public Set<String> resolve(RevisionGraph graph, Set<String> currentRows) {
			return Set.of(graph.find(this.text));
		}

	}

	/** {@code <reference>@head}: the only head reachable from a revision through its children. */
	record HeadOf(String reference) implements Target {

		static final String SUFFIX = "@head";

		@Override
		public Set<String> resolve(RevisionGraph graph, Set<String> currentRows) {
			return onlyHead(graph.headsFrom(graph.find(this.reference)), this.reference + SUFFIX);
		}

	}

	/**
	 * {@code +N} or {@code -N}: relative to the current rows. Up, the state after the first N steps of the upgrade to
	 * the only head; down, the state after reverting N revisions one at a time, each the only current row.
	 */
	record Relative(int steps) implements Target {

		static final Pattern PATTERN = Pattern.compile("[+-]\\d{1,9}");

		@Override
		public Set<String> resolve(RevisionGraph graph, Set<String> currentRows) {
			return (this.steps > 0) ? up(graph, currentRows) : down(graph, currentRows);
		}

		private Set<String> up(RevisionGraph graph, Set<String> currentRows) {
			List<MigrationPlan.Step> toHead = graph.upgradeTo(currentRows, Keyword.HEAD.resolve(graph, currentRows))
				.steps();
			if (toHead.size() < this.steps) {
				throw new RevisionGraphException("Relative revision " + this + " goes past head: applying "
						+ toHead.size() + " already reaches head");
			}
			return toHead.get(this.steps - 1).rowsAfter();
		}

		private Set<String> down(RevisionGraph graph, Set<String> currentRows) {
			Set<String> rows = Keyword.CURRENT.resolve(graph, currentRows);
			for (int reverted = 0; reverted < -this.steps; reverted++) {
				if (rows.isEmpty()) {
					throw new RevisionGraphException("Relative revision " + this + " goes past base: reverting "
							+ reverted + " already reaches base");
				}
				if (rows.size() > 1) {
					throw new RevisionGraphException("Relative revision " + this + " needs one current revision to step"
							+ " back from, but the database is at " + String.join(", ", rows)
							+ ((reverted > 0) ? " after reverting " + reverted : "")
							+ "; downgrade to an explicit target instead, such as one of these");
				}
				Set<String> applied = graph.withAncestors(rows);
				applied.removeAll(rows);
				rows = graph.rowsOf(applied);
			}
			return rows;
		}

		@Override
		public String toString() {
			return String.format("%+d", this.steps);
		}

	}

	/**
	 * {@code <target>+N} or {@code <target>-N}: N steps from one revision through children (up) or parents (down).
	 * Down from a base is base; up from base are the bases.
	 */
	record Walk(String text, Target from, int steps) implements Target {

		static final Pattern PATTERN = Pattern.compile("(.+?)([+-]\\d{1,9})");

		@Override
		public Set<String> resolve(RevisionGraph graph, Set<String> currentRows) {
			Set<String> start = this.from.resolve(graph, currentRows);
			if (start.size() > 1) {
				throw new RevisionGraphException("'" + this.text + "' walks from several revisions ("
						+ String.join(", ", start) + "); start from one of them");
			}
			String at = start.isEmpty() ? null : start.iterator().next();
			for (int step = 0; step < Math.abs(this.steps); step++) {
				at = next(graph, at);
			}
			return (at != null) ? Set.of(at) : Set.of();
		}

		/** The revision one step on from the given one, {@code null} standing for base. */
		private String next(RevisionGraph graph, String at) {
			if (this.steps < 0 && at == null) {
				throw new RevisionGraphException("'" + this.text + "' goes past base");
			}
			List<String> candidates = (this.steps > 0) ? ids((at != null) ? graph.children(at) : graph.bases())
					: graph.get(at).revises();
			if (candidates.size() > 1) {
				throw new RevisionGraphException("'" + this.text + "' is ambiguous: from " + describe(at)
						+ " it could go to " + String.join(" or ", candidates) + "; name the revision instead");
			}
			if (candidates.isEmpty() && this.steps > 0) {
				throw new RevisionGraphException(
						"'" + this.text + "' goes past the heads: nothing follows " + describe(at));
			}
			return candidates.isEmpty() ? null : candidates.get(0);
		}

		private static String describe(String at) {
			return (at != null) ? at : "base";
		}

	}

}
