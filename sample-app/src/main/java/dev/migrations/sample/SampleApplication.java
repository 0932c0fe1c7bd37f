package dev.migrations.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small application whose schema is managed by migrations: users, the OAuth providers they connect, the
 * connections' tokens and an audit log. Its revisions are in {@code dev.migrations.sample.migrations} and run on
 * startup, before Hibernate validates the entities against the schema.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
