package dev.migrations.sample.audit;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something an actor did, with its details as a JSON document ({@code jsonb}). */
@Entity
@Table(name = "audit_log", indexes = @Index(name = "ix_audit_log_occurred_at", columnList = "occurred_at"))
public class AuditLogEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false, length = 100)
	private String action;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> payload;

	@CreationTimestamp
	@ColumnDefault("now()")
	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	protected AuditLogEntry() {
	}

	AuditLogEntry(String actor, String action, Map<String, Object> payload) {
		this.actor = actor;
		this.action = action;
		this.payload = payload;
	}

	public Long getId() {
		return this.id;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	/** The details, as read back from JSON: strings, numbers, booleans, lists and maps. */
	public Map<String, Object> getPayload() {
		return this.payload;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
