package dev.migrations.autoconfigure.reliability.revisions.failing;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** Fails on its second statement: the nut's price is 0, which the new check refuses. */
@Revision(id = RequirePositivePrices.ID, revises = AddWidgetPrice.ID, message = "require positive prices")
public class RequirePositivePrices implements Migration {

	public static final String ID = "fa1100000003";

	/** The statement that fails, as the runtime reports it. */
	public static final String FAILING_SQL = "ALTER TABLE widgets ADD CONSTRAINT ck_widgets_price_positive"
			+ " CHECK (price > 0);";

	@Override
	public void upgrade(Operations op) {
		op.addColumn("widgets", column("currency", text()).notNull().serverDefault("'EUR'"));
		op.createCheckConstraint("ck_widgets_price_positive", "widgets", "price > 0");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropConstraint("ck_widgets_price_positive", "widgets");
		op.dropColumn("widgets", "currency");
	}

}
