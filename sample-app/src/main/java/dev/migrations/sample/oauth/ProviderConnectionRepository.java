package dev.migrations.sample.oauth;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The connections between users and OAuth providers, stored in {@code provider_connections}. */
public interface ProviderConnectionRepository extends JpaRepository<ProviderConnection, UUID> {

	/** Whether this account at the provider is connected to a user already. */
	boolean existsByProviderAndExternalAccountId(OAuthProvider provider, String externalAccountId);

}
