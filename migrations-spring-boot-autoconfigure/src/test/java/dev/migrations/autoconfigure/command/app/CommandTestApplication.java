package dev.migrations.autoconfigure.command.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application as users write one, with three revisions beside it: the command-mode tests start it as a separate
 * process with {@code -Dmigrate.*} properties.
 */
@SpringBootApplication
public class CommandTestApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommandTestApplication.class, args);
	}

}
