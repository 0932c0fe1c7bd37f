package dev.migrations.sample.oauth;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The tokens of provider connections, stored in {@code tokens}. */
public interface TokenRepository extends JpaRepository<Token, UUID> {

}
