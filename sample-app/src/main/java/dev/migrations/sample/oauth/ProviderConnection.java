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
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import dev.migrations.sample.user.User;

/** A user's account at an OAuth provider; an account belongs to one user only. */
@Entity
@Table(name = "provider_connections",
		uniqueConstraints = @UniqueConstraint(columnNames = { "provider_id", "external_account_id" }),
		indexes = @Index(name = "ix_provider_connections_user_id", columnList = "user_id"))
public class ProviderConnection {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private User user;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "provider_id")
	private OAuthProvider provider;

	@Column(nullable = false)
	private String externalAccountId;

	@CreationTimestamp
	@ColumnDefault("now()")
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected ProviderConnection() {
	}

	/** A new connection of the user to an account at the provider. */
	public ProviderConnection(User user, OAuthProvider provider, String externalAccountId) {
		this.user = user;
		this.provider = provider;
		this.externalAccountId = externalAccountId;
	}

	public UUID getId() {
		return this.id;
	}

	public User getUser() {
		return this.user;
	}

	public OAuthProvider getProvider() {
		return this.provider;
	}

	/** The account's id at the provider. */
	public String getExternalAccountId() {
		return this.externalAccountId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
