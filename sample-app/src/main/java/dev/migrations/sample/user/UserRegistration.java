package dev.migrations.sample.user;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import dev.migrations.sample.audit.AuditLog;

/** Registers users: one per email, each registration recorded in the audit log in the same transaction. */
@Service
class UserRegistration {

	private final UserRepository users;

	private final AuditLog auditLog;

	UserRegistration(UserRepository users, AuditLog auditLog) {
		this.users = users;
		this.auditLog = auditLog;
	}

	@Transactional
	User register(NewUser request, String actor) {
		if (request.email() == null || request.email().isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email is required");
		}
		if (this.users.existsByEmail(User.normalize(request.email()))) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "a user with this email exists");
		}
		User user = this.users.save(new User(request.email(), request.phoneNumber()));
		this.auditLog.record(actor, "user.registered", Map.of("userId", user.getId(), "email", user.getEmail()));
		return user;
	}

}
