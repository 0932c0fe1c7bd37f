package dev.migrations.core.operation;

import dev.migrations.core.schema.Index;

/** Refines an index recorded by {@link Operations#createIndex}: unique, partial, access method, concurrent. */
public final class IndexCreation {

	private Index index;

	private boolean concurrently;

	IndexCreation(Index index) {
		this.index = index;
	}

	public IndexCreation unique() {
		this.index = this.index.unique(true);
		return this;
	}

	/** Makes the index partial: only rows matching the SQL predicate are indexed. */
	public IndexCreation where(String predicate) {
		this.index = this.index.where(predicate);
		return this;
	}

	/** The access method: {@code btree} (default), {@code hash}, {@code gin}, {@code gist}, {@code brin}. */
	public IndexCreation using(String method) {
		this.index = this.index.using(method);
		return this;
	}

	/** Builds without blocking writes; only inside {@link Operations#nonTransactional}. */
	public IndexCreation concurrently() {
		this.concurrently = true;
		return this;
	}

	CreateIndex operation() {
		return new CreateIndex(this.index, this.concurrently);
	}

}
