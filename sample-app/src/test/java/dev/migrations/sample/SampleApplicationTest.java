package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.migrations.core.runtime.HistoryEntry;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.sample.audit.AuditLog;
import dev.migrations.sample.audit.AuditLogEntry;
import dev.migrations.sample.audit.AuditLogRepository;
import dev.migrations.sample.migrations.SampleRevisions;
import dev.migrations.sample.oauth.OAuthProvider;
import dev.migrations.sample.oauth.OAuthProviderRepository;
import dev.migrations.sample.oauth.ProviderConnection;
import dev.migrations.sample.oauth.ProviderConnectionRepository;
import dev.migrations.sample.oauth.Token;
import dev.migrations.sample.oauth.TokenRepository;
import dev.migrations.sample.user.User;
import dev.migrations.sample.user.UserRepository;
import dev.migrations.testsupport.FreshDatabase;

@SpringBootTest
class SampleApplicationTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabaseProperties.register(registry, database);
	}

	@Autowired
	Migrator migrator;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserRepository users;

	@Autowired
	OAuthProviderRepository providers;

	@Autowired
	ProviderConnectionRepository connections;

	@Autowired
	TokenRepository tokens;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditLogRepository auditLogEntries;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theConfiguredDatabaseIsUsedAndDockerComposeStaysOff() {
		assertThat(this.jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo(database.name());
		assertThat(this.environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
	}

	@Test
	void startupAppliedTheThreeRevisionsInOrderBeforeHibernateValidatedTheSchema() {
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		assertThat(this.migrator.currentRevisions()).containsExactly(SampleRevisions.LOWER_CASE_EMAILS);
		assertThat(this.migrator.history()).extracting(HistoryEntry::revision, HistoryEntry::direction)
			.containsExactly(tuple(SampleRevisions.INITIAL_SCHEMA, "upgrade"),
					tuple(SampleRevisions.PHONE_NUMBER, "upgrade"),
					tuple(SampleRevisions.LOWER_CASE_EMAILS, "upgrade"));
	}

	@Test
	void repositoriesWriteAndReadEveryTable() {
		User user = this.users.save(new User("Grace@Example.com", "+1 555 0100"));
		OAuthProvider github = this.providers.findByName("github").orElseThrow();
		ProviderConnection connection = this.connections.save(new ProviderConnection(user, github, "1024"));
		Instant expiresAt = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
		Token token = this.tokens.save(new Token(connection, "gho_token", expiresAt));
		this.transaction.executeWithoutResult((status) -> this.auditLog.record("grace", "token.stored",
				Map.of("tokenId", token.getId(), "scopes", List.of("read:user"))));

		User read = this.users.findById(user.getId()).orElseThrow();
		assertThat(read.getEmail()).isEqualTo("grace@example.com");
		assertThat(read.getPhoneNumber()).isEqualTo("+1 555 0100");
		assertThat(read.getCreatedAt()).isNotNull();
		assertThat(this.connections.existsByProviderAndExternalAccountId(github, "1024")).isTrue();
		assertThat(this.tokens.findById(token.getId()).orElseThrow().getExpiresAt()).isEqualTo(expiresAt);
		assertThat(this.auditLogEntries.findAll()).filteredOn(AuditLogEntry::getAction, "token.stored")
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getActor()).isEqualTo("grace"))
			.extracting(AuditLogEntry::getPayload)
			.isEqualTo(Map.of("tokenId", token.getId().toString(), "scopes", List.of("read:user")));
	}

}
