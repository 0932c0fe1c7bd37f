package dev.migrations.sample.user;

import java.time.Instant;
import java.util.UUID;

/** A user as the REST API shows it. */
record UserView(UUID id, String email, String phoneNumber, Instant createdAt, Instant updatedAt) {

	static UserView of(User user) {
		return new UserView(user.getId(), user.getEmail(), user.getPhoneNumber(), user.getCreatedAt(),
				user.getUpdatedAt());
	}

}
