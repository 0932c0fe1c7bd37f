package dev.migrations.sample.oauth;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The OAuth providers, stored in {@code oauth_providers}. */
public interface OAuthProviderRepository extends JpaRepository<OAuthProvider, Long> {

	Optional<OAuthProvider> findByName(String name);

}
