package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.migrations.sample.audit.AuditLogEntry;
import dev.migrations.sample.audit.AuditLogRepository;
import dev.migrations.testsupport.FreshDatabase;

/** The REST endpoints over HTTP, on a server at a random port, reading and writing through JPA. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabaseProperties.register(registry, database);
	}

	@LocalServerPort
	int port;

	@Autowired
	AuditLogRepository auditLog;

	RestTestClient http;

	@BeforeEach
	void client() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void postUsersRegistersAUserWithTheEmailLowerCasedAndSaysWhere() {
		Map<?, ?> user = register("Ada@Example.com", "+44 20 7946 0000");

		assertThat(user.get("email")).isEqualTo("ada@example.com");
		assertThat(user.get("phoneNumber")).isEqualTo("+44 20 7946 0000");
		assertThat(user.get("createdAt")).isNotNull();
		this.http.get().uri("/users/{id}", user.get("id")).exchange().expectStatus().isOk()
			.expectBody(Map.class).isEqualTo(user);
	}

	@Test
	void getUsersListsThemOldestFirst() {
		Object first = register("first@example.com", null).get("id");
		Object second = register("second@example.com", null).get("id");

		List<Object> ids = this.http.get().uri("/users").exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult().getResponseBody()
			.stream().map((user) -> user.get("id")).toList();
		assertThat(ids).containsSubsequence(first, second);
	}

	@Test
	void anUnknownUserIsNotFound() {
		this.http.get().uri("/users/00000000-0000-0000-0000-000000000000").exchange().expectStatus().isNotFound();
	}

	@Test
	void anEmailTakenInAnotherCaseIsRefused() {
		register("grace@example.com", null);

		this.http.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", "Grace@Example.COM"))
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.message").isEqualTo("a user with this email exists");
	}

	@Test
	void aProviderAccountConnectsToOneUserOnly() {
		Object userId = register("linus@example.com", null).get("id");
		Map<String, Object> connection = Map.of("provider", "github", "externalAccountId", "1024", "accessToken",
				"gho_secret", "expiresAt", "2030-01-01T00:00:00Z");

		this.http.post().uri("/users/{id}/connections", userId).contentType(MediaType.APPLICATION_JSON)
			.header("X-Actor", "linus")
			.body(connection)
			.exchange()
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.provider").isEqualTo("github")
			.jsonPath("$.userId").isEqualTo(userId)
			.jsonPath("$.tokenExpiresAt").isEqualTo("2030-01-01T00:00:00Z");
		this.http.post().uri("/users/{id}/connections", userId).contentType(MediaType.APPLICATION_JSON)
			.body(connection)
			.exchange()
			.expectStatus().isEqualTo(409);
		assertThat(this.auditLog.findAll()).filteredOn(AuditLogEntry::getAction, "provider.connected")
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getActor()).isEqualTo("linus"))
			.satisfies((entry) -> assertThat(entry.getPayload()).containsEntry("userId", userId)
				.containsEntry("provider", "github"));
	}

	@Test
	void registrationsAreAuditedWithTheirDetailsAsJson() {
		Object userId = register("margaret@example.com", null).get("id");

		assertThat(this.auditLog.findAll()).filteredOn(AuditLogEntry::getAction, "user.registered")
			.filteredOn((entry) -> userId.equals(entry.getPayload().get("userId")))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.getActor()).isEqualTo("anonymous"))
			.satisfies((entry) -> assertThat(entry.getPayload()).containsEntry("email", "margaret@example.com"));
	}

	private Map<?, ?> register(String email, String phoneNumber) {
		Map<String, String> body = (phoneNumber != null) ? Map.of("email", email, "phoneNumber", phoneNumber)
				: Map.of("email", email);
		Map<?, ?> user = this.http.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(user).isNotNull();
		this.http.get().uri("/users/{id}", user.get("id")).exchange().expectStatus().isOk();
		return user;
	}

}
