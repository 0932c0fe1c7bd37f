package dev.migrations.sample.user;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The users, stored in {@code users}. */
public interface UserRepository extends JpaRepository<User, UUID> {

	/** Whether a user has this email, given in its stored, lower-case form. */
	boolean existsByEmail(String email);

}
