package dev.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class MigrateCommandTest {

	private final StandardEnvironment environment = new StandardEnvironment();

	@Test
	void withoutMigratePropertiesThereIsNoCommand() {
		assertThat(MigrateCommand.isPresent(this.environment)).isFalse();
		assertThat(MigrateCommand.from(this.environment)).isNull();
	}

	@Test
	void aPropertyNamesTheCommandAndItsValueTheArgument() {
		systemProperties(Map.of("migrate.downgrade", "-1"));

		assertThat(MigrateCommand.from(this.environment)).isEqualTo(new MigrateCommand("downgrade", "-1", false));
	}

	@Test
	void mavensTrueForABarePropertyAndAnEmptyValueMeanNoArgument() {
		systemProperties(Map.of("migrate.current", "true"));
		assertThat(MigrateCommand.from(this.environment)).isEqualTo(new MigrateCommand("current", null, false));

		StandardEnvironment bare = new StandardEnvironment();
		bare.getPropertySources().addFirst(new MapPropertySource("system", Map.of("migrate.current", "")));
		assertThat(MigrateCommand.from(bare)).isEqualTo(new MigrateCommand("current", null, false));
	}

	@Test
	void aCommandLineOptionWithoutValueIsACommand() {
		this.environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--migrate.heads"));

		assertThat(MigrateCommand.from(this.environment)).isEqualTo(new MigrateCommand("heads", null, false));
	}

	@Test
	void anEmptyEnvironmentVariableIsNoCommandAsThePomSnippetSetsThemAll() {
		environmentVariables(Map.of("MIGRATE_CURRENT", "", "MIGRATE_HEADS", "", "MIGRATE_UPGRADE", "+1"));

		assertThat(MigrateCommand.from(this.environment)).isEqualTo(new MigrateCommand("upgrade", "+1", false));
	}

	@Test
	void onlyEmptyEnvironmentVariablesMeanNoCommandMode() {
		environmentVariables(Map.of("MIGRATE_CURRENT", "", "MIGRATE_PURGE", ""));

		assertThat(MigrateCommand.isPresent(this.environment)).isFalse();
	}

	@Test
	void purgeIsAnOptionOfStamp() {
		systemProperties(Map.of("migrate.stamp", "head", "migrate.purge", "true"));

		assertThat(MigrateCommand.from(this.environment)).isEqualTo(new MigrateCommand("stamp", "head", true));
	}

	@Test
	void purgeWithAnotherCommandIsRefused() {
		systemProperties(Map.of("migrate.upgrade", "head", "migrate.purge", "true"));

		assertThatIllegalArgumentException().isThrownBy(() -> MigrateCommand.from(this.environment))
			.withMessage("migrate.purge is an option of migrate.stamp, not of migrate.upgrade");
	}

	@Test
	void anUnknownCommandPutsTheApplicationInCommandModeAndIsRefusedWithTheCommandList() {
		systemProperties(Map.of("migrate.curent", "true"));

		assertThat(MigrateCommand.isPresent(this.environment)).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> MigrateCommand.from(this.environment))
			.withMessageStartingWith("Unknown command migrate.curent. The commands are migrate.current, migrate.heads");
	}

	@Test
	void twoCommandsAreRefused() {
		systemProperties(Map.of("migrate.current", "true", "migrate.heads", "true"));

		assertThatIllegalArgumentException().isThrownBy(() -> MigrateCommand.from(this.environment))
			.withMessageContainingAll("migrate.current", "migrate.heads", "give one at a time");
	}

	@Test
	void anOptionAloneIsNoCommand() {
		systemProperties(Map.of("migrate.purge", "true"));

		assertThatIllegalArgumentException().isThrownBy(() -> MigrateCommand.from(this.environment))
			.withMessageStartingWith("No command given. The commands are");
	}

	@Test
	void aMisspeltCommandGivenToMavenIsRefusedThoughTheSnippetDoesNotPassItOn() {
		environmentVariables(Map.of("MAVEN_CMD_LINE_ARGS", " spring-boot:run -Dmigrate.curent", "MIGRATE_CURRENT", ""));

		assertThat(MigrateCommand.isPresent(this.environment)).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> MigrateCommand.from(this.environment))
			.withMessageStartingWith("Unknown command migrate.curent.");
	}

	@Test
	void aCommandGivenToMavenThatDidNotReachTheApplicationIsRefusedNamingTheSnippet() {
		environmentVariables(Map.of("MAVEN_CMD_LINE_ARGS", " -q spring-boot:run -Dmigrate.revision=add user phone"));

		assertThatIllegalArgumentException().isThrownBy(() -> MigrateCommand.from(this.environment))
			.withMessageStartingWith("migrate.revision was given to Maven but did not reach the application");
	}

	@Test
	void aCommandGivenToMavenAndPassedOnByTheSnippetRuns() {
		environmentVariables(Map.of("MAVEN_CMD_LINE_ARGS", " spring-boot:run -Dmigrate.revision=add user phone",
				"MIGRATE_REVISION", "add user phone", "MIGRATE_CURRENT", ""));

		assertThat(MigrateCommand.from(this.environment))
			.isEqualTo(new MigrateCommand("revision", "add user phone", false));
	}

	private void systemProperties(Map<String, Object> properties) {
		this.environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
	}

	private void environmentVariables(Map<String, Object> variables) {
		this.environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
	}

}
