package dev.migrations.core.runtime;

/** What happened to a revision, as the history table records it. */
enum HistoryAction {

	UPGRADE("upgrade"), DOWNGRADE("downgrade"), STAMP("stamp"), UNSTAMP("unstamp");

	private final String label;

	HistoryAction(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
