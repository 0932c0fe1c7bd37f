package dev.migrations.sample.oauth;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An access token a provider issued for a connection, valid until it expires. */
@Entity
@Table(name = "tokens", indexes = @Index(name = "ix_tokens_connection_id", columnList = "connection_id"))
public class Token {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "connection_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private ProviderConnection connection;

	@Column(nullable = false, length = 2048)
	private String accessToken;

	@Column(nullable = false)
	private Instant expiresAt;

	@CreationTimestamp
	@ColumnDefault("now()")
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Token() {
	}

	/** A new token of the connection, valid until {@code expiresAt}. */
	public Token(ProviderConnection connection, String accessToken, Instant expiresAt) {
		this.connection = connection;
		this.accessToken = accessToken;
		this.expiresAt = expiresAt;
	}

	public UUID getId() {
		return this.id;
	}

	public ProviderConnection getConnection() {
		return this.connection;
	}

	public String getAccessToken() {
		return this.accessToken;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
