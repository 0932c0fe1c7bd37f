package dev.migrations.sample.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An OAuth provider users sign in with, such as {@code github}; the initial revision adds GitHub and Google. */
@Entity
@Table(name = "oauth_providers")
public class OAuthProvider {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 50)
	private String name;

	@Column(nullable = false, length = 100)
	private String displayName;

	protected OAuthProvider() {
	}

	public Long getId() {
		return this.id;
	}

	/** The provider's key in the API, such as {@code github}. */
	public String getName() {
		return this.name;
	}

	public String getDisplayName() {
		return this.displayName;
	}

}
