package dev.migrations.sample.oauth;

import java.time.Instant;
import java.util.UUID;

/** A provider connection as the REST API shows it, with the expiry of the token it was made with. */
record ConnectionView(UUID id, UUID userId, String provider, String externalAccountId, Instant tokenExpiresAt) {

	static ConnectionView of(Token token) {
		ProviderConnection connection = token.getConnection();
		return new ConnectionView(connection.getId(), connection.getUser().getId(),
				connection.getProvider().getName(), connection.getExternalAccountId(), token.getExpiresAt());
	}

}
