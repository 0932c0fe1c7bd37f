package dev.migrations.autoconfigure.reliability.app;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.migrations.core.runtime.Migrator;

/**
 * The smallest application that migrates on startup, run by the reliability tests in JVMs of their own: a
 * {@code DataSource} and migrations, no web server, no JPA. The revisions come from {@code migrations.packages}. Once
 * started it logs the revisions the database is at and exits; a failed start exits non-zero, as any Spring Boot
 * application's does.
 */
@SpringBootApplication(
		excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
public class ReliabilityApplication {

	private static final Log logger = LogFactory.getLog(ReliabilityApplication.class);

	/** The line a started application logs, followed by its current revisions. */
	public static final String STARTED_AT = "Started at revision(s) ";

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReliabilityApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			logger.info(STARTED_AT + context.getBean(Migrator.class).currentRevisions());
		}
	}

}
