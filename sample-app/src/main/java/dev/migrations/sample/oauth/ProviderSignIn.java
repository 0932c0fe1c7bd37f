package dev.migrations.sample.oauth;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import dev.migrations.sample.audit.AuditLog;
import dev.migrations.sample.user.User;
import dev.migrations.sample.user.UserRepository;

/**
 * Connects a user to a provider account with its first token; an account already connected (to anyone) is
 * refused.
 */
@Service
class ProviderSignIn {

	private final UserRepository users;

	private final OAuthProviderRepository providers;

	private final ProviderConnectionRepository connections;

	private final TokenRepository tokens;

	private final AuditLog auditLog;

	ProviderSignIn(UserRepository users, OAuthProviderRepository providers, ProviderConnectionRepository connections,
			TokenRepository tokens, AuditLog auditLog) {
		this.users = users;
		this.providers = providers;
		this.connections = connections;
		this.tokens = tokens;
		this.auditLog = auditLog;
	}

	@Transactional
	ConnectionView connect(UUID userId, NewConnection request, String actor) {
		User user = this.users.findById(userId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + userId));
		if (request.provider() == null || request.externalAccountId() == null || request.accessToken() == null
				|| request.expiresAt() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"provider, externalAccountId, accessToken and expiresAt are required");
		}
		OAuthProvider provider = this.providers.findByName(request.provider())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"unknown provider " + request.provider()));
		if (this.connections.existsByProviderAndExternalAccountId(provider, request.externalAccountId())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "this " + provider.getDisplayName()
					+ " account is connected already");
		}
		ProviderConnection connection = this.connections
			.save(new ProviderConnection(user, provider, request.externalAccountId()));
		Token token = this.tokens.save(new Token(connection, request.accessToken(), request.expiresAt()));
		this.auditLog.record(actor, "provider.connected", Map.of("userId", userId, "provider", provider.getName(),
				"connectionId", connection.getId()));
		return ConnectionView.of(token);
	}

}
