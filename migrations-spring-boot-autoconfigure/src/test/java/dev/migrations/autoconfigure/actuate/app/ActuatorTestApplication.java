package dev.migrations.autoconfigure.actuate.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.migrations.testsupport.FreshDatabase;

/**
 * A web application with Actuator and migrations, and no JPA: the endpoint, the health contributor and the metrics
 * need none, and without it a context starts against a database that cannot be reached. Tests name the revision
 * packages they want in {@code migrations.packages}: {@link #REVISIONS} (two revisions in a line) and, for a second
 * head, {@link #BRANCH}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(
		excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
public class ActuatorTestApplication {

	/** Two revisions: {@link #ACCOUNTS} then {@link #EMAIL}. */
	public static final String REVISIONS = "dev.migrations.autoconfigure.actuate.app.revisions";

	/** One more revision on top of {@link #ACCOUNTS}, making {@link #AUDIT} a second head beside {@link #EMAIL}. */
	public static final String BRANCH = "dev.migrations.autoconfigure.actuate.app.branch";

	/** The first revision. */
	public static final String ACCOUNTS = "a1a1a1a1a1a1";

	/** The second revision, on top of {@link #ACCOUNTS}. */
	public static final String EMAIL = "b2b2b2b2b2b2";

	/** The revision of {@link #BRANCH}, also on top of {@link #ACCOUNTS}. */
	public static final String AUDIT = "c3c3c3c3c3c3";

	/** Points the application's DataSource at the test class's database. */
	public static void useDatabase(FreshDatabase database, DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

}
