package dev.migrations.hibernate.corpus;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.io.Serializable;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import dev.migrations.core.operation.Operations;

/** Primary keys, unique constraints and foreign keys. */
final class KeyCases {

	private KeyCases() {
	}

	static Stream<CorpusCase> cases() {
		return Stream.of(
				CorpusCase.of("a primary key gaining a column is dropped and added again")
					.start((op) -> op.createTable("membership", column("member_id", bigint()).notNull(),
							column("club_id", bigint()).notNull(), primaryKey("member_id")))
					.entities(CompositeMembership.Membership.class)
					.changes("- drop primary key membership_pkey on public.membership",
							"+ add primary key membership_pkey on public.membership"),
				CorpusCase.of("@Column(unique = true) adds a unique constraint named as PostgreSQL names it")
					.start((op) -> op.createTable("account", column("id", bigint()).notNull(),
							column("email", varchar(255)), primaryKey("id")))
					.entities(UniqueEmail.Account.class)
					.changes("+ add unique constraint account_email_key on public.account"),
				CorpusCase.of("a column no longer unique drops its unique constraint")
					.start((op) -> op.createTable("account", column("id", bigint()).notNull(),
							column("email", varchar(255)), primaryKey("id"), unique("email")))
					.entities(PlainEmail.Account.class)
					.changes("- drop unique constraint account_email_key on public.account"),
				CorpusCase.of("@Table(uniqueConstraints) adds a named unique constraint over two columns")
					.start((op) -> op.createTable("account", column("id", bigint()).notNull(),
							column("tenant", varchar(255)), column("login", varchar(255)), primaryKey("id")))
					.entities(UniqueLoginPerTenant.Account.class)
					.changes("+ add unique constraint uk_account_tenant_login on public.account"),
				CorpusCase.of("a unique column whose name is near PostgreSQL's limit gets a constraint name within it")
					.start((op) -> op.createTable("account", column("id", bigint()).notNull(), primaryKey("id")))
					.entities(LongUniqueName.Account.class)
					.changes("+ add column public.account.the_external_identifier_issued_by_the_upstream_provider",
							"+ add unique constraint account_the_external_identifier_issued_by_the_upstream_prov_key"
									+ " on public.account"),
				CorpusCase.of("a @Table(uniqueConstraints) entry removed drops its constraint")
					.start((op) -> op.createTable("account", column("id", bigint()).notNull(),
							column("tenant", varchar(255)), column("login", varchar(255)), primaryKey("id"),
							unique("tenant", "login").named("uk_account_tenant_login")))
					.entities(Tenanted.Account.class)
					.changes("- drop unique constraint uk_account_tenant_login on public.account"),
				CorpusCase.of("a new @OneToOne adds its column, unique, and its foreign key")
					.start(authorAndPost(false))
					.entities(Author.class, Pinned.Post.class)
					.changes("+ add column public.post.pinned_by_id",
							"+ add unique constraint post_pinned_by_id_key on public.post",
							"+ add foreign key fk_post_pinned_by on public.post"),
				CorpusCase.of("a @ManyToMany creates its join table, keyed to both sides")
					.start(authorAndPost(true))
					.entities(Author.class, Tagged.Post.class, Tagged.Tag.class)
					.changes("+ create table public.tag", "+ create table public.post_tag"),
				CorpusCase.of("a foreign key to a unique column other than the primary key references that column")
					.start((op) -> {
						op.createTable("country", column("id", bigint()).notNull(), column("code", varchar(2)).notNull(),
								primaryKey("id"), unique("code"));
						op.createTable("city", column("id", bigint()).notNull(), column("country_code", varchar(2)),
								primaryKey("id"));
					})
					.entities(ByCode.Country.class, ByCode.City.class)
					.changes("+ add foreign key fk_city_country on public.city")
					.generating("foreignKey(\"country_code\").references(\"country\", \"code\")"),
				CorpusCase.of("a new @ManyToOne adds its column, then its foreign key")
					.start(authorAndPost(false))
					.entities(Author.class, Post.class)
					.changes("+ add column public.post.author_id",
							"+ add foreign key fk_post_author on public.post"),
				CorpusCase.of("a reference without a constraint drops the foreign key and keeps the column")
					.start(authorAndPost(true))
					.entities(Author.class, Unconstrained.Post.class)
					.changes("- drop foreign key fk_post_author on public.post"),
				CorpusCase.of("@OnDelete(CASCADE) replaces the foreign key with one that cascades")
					.start(authorAndPost(true))
					.entities(Author.class, Cascading.Post.class)
					.changes("- drop foreign key fk_post_author on public.post",
							"+ add foreign key fk_post_author on public.post")
					.generating(".onDelete(ReferentialAction.CASCADE)"));
	}

	/** An author and its posts, with the post's author column (and its key) or without. */
	private static Consumer<Operations> authorAndPost(boolean withAuthorColumn) {
		return (op) -> {
			op.createTable("author", column("id", bigint()).notNull(), primaryKey("id"));
			if (withAuthorColumn) {
				op.createTable("post", column("id", bigint()).notNull(), column("author_id", bigint()), primaryKey("id"),
						foreignKey("author_id").references("author", "id").named("fk_post_author"));
			}
			else {
				op.createTable("post", column("id", bigint()).notNull(), primaryKey("id"));
			}
		};
	}

	@Entity
	@Table(name = "author")
	static class Author {

		@Id
		Long id;

	}

	/** A post and its author, through the key the starting schema names. */
	@MappedSuperclass
	static class AuthoredPost {

		@Id
		Long id;

		@ManyToOne
		@JoinColumn(foreignKey = @ForeignKey(name = "fk_post_author"))
		Author author;

	}

	@Entity
	@Table(name = "post")
	static class Post extends AuthoredPost {

	}

	static final class CompositeMembership {

		record Key(Long memberId, Long clubId) implements Serializable {

		}

		@Entity
		@Table(name = "membership")
		@IdClass(Key.class)
		static class Membership {

			@Id
			Long memberId;

			@Id
			Long clubId;

		}

	}

	static final class UniqueEmail {

		@Entity
		@Table(name = "account")
		static class Account {

			@Id
			Long id;

			@Column(unique = true)
			String email;

		}

	}

	static final class PlainEmail {

		@Entity
		@Table(name = "account")
		static class Account {

			@Id
			Long id;

			String email;

		}

	}

	static final class UniqueLoginPerTenant {

		@Entity
		@Table(name = "account",
				uniqueConstraints = @UniqueConstraint(name = "uk_account_tenant_login", columnNames = { "tenant", "login" }))
		static class Account {

			@Id
			Long id;

			String tenant;

			String login;

		}

	}

	static final class LongUniqueName {

		@Entity
		@Table(name = "account")
		static class Account {

			@Id
			Long id;

			@Column(unique = true)
			String theExternalIdentifierIssuedByTheUpstreamProvider;

		}

	}

	static final class Tenanted {

		@Entity
		@Table(name = "account")
		static class Account {

			@Id
			Long id;

			String tenant;

			String login;

		}

	}

	static final class Pinned {

		@Entity
		@Table(name = "post")
		static class Post {

			@Id
			Long id;

			@OneToOne
			@JoinColumn(foreignKey = @ForeignKey(name = "fk_post_pinned_by"))
			Author pinnedBy;

		}

	}

	static final class Tagged {

		@Entity
		@Table(name = "post")
		static class Post extends AuthoredPost {

			@ManyToMany
			@JoinTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"),
					inverseJoinColumns = @JoinColumn(name = "tag_id"))
			Set<Tag> tags;

		}

		@Entity
		@Table(name = "tag")
		static class Tag {

			@Id
			Long id;

			@Column(nullable = false, unique = true)
			String label;

		}

	}

	static final class ByCode {

		@Entity
		@Table(name = "country")
		static class Country {

			@Id
			Long id;

			@Column(length = 2, nullable = false, unique = true)
			String code;

		}

		@Entity
		@Table(name = "city")
		static class City {

			@Id
			Long id;

			@ManyToOne
			@JoinColumn(name = "country_code", referencedColumnName = "code",
					foreignKey = @ForeignKey(name = "fk_city_country"))
			Country country;

		}

	}

	static final class Unconstrained {

		@Entity
		@Table(name = "post")
		static class Post {

			@Id
			Long id;

			@ManyToOne
			@JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
			Author author;

		}

	}

	static final class Cascading {

		@Entity
		@Table(name = "post")
		static class Post {

			@Id
			Long id;

			@ManyToOne
			@JoinColumn(foreignKey = @ForeignKey(name = "fk_post_author"))
			@OnDelete(action = OnDeleteAction.CASCADE)
			Author author;

		}

	}

}
