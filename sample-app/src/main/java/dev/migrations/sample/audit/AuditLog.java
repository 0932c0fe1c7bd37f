package dev.migrations.sample.audit;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records what actors do, inside the transaction of what they did. */
@Component
public class AuditLog {

	private final AuditLogRepository entries;

	AuditLog(AuditLogRepository entries) {
		this.entries = entries;
	}

	/**
	 * Records an action in the caller's transaction, so that the entry is written if and only if the action is.
	 * @param actor who acted
	 * @param action what was done, such as {@code user.registered}
	 * @param payload the details, stored as JSON
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, Map<String, Object> payload) {
		this.entries.save(new AuditLogEntry(actor, action, payload));
	}

}
