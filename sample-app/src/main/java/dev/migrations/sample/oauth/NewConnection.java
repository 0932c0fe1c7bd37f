package dev.migrations.sample.oauth;

import java.time.Instant;

/**
 * The body of {@code POST /users/{id}/connections}: the user signed in at a provider.
 *
 * @param provider the provider's name, such as {@code github}
 * @param externalAccountId the account's id at the provider
 * @param accessToken the token the provider issued
 * @param expiresAt when the token expires
 */
record NewConnection(String provider, String externalAccountId, String accessToken, Instant expiresAt) {

}
