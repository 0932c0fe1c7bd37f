package dev.migrations.core.schema;

/** A table's comment, given among the elements of a table definition. */
public record TableComment(String text) implements TableElement {

}
