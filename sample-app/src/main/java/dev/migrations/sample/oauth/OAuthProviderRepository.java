package dev.migrations.sample.oauth;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The OAuth providers, stored in {@code oauth_providers}. */
public interface OAuthProviderRepository extends JpaRepository<OAuthProvider, Long> {

	/** The provider with this API key, such as {@code github}. */
	Optional<OAuthProvider> findByName(String name);

}
