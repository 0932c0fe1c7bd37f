package dev.migrations.core.codegen;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.SourceVersion;

/**
 * Turns a template such as {@code R{yyyyMMdd_HHmm}_{rev}_{slug}} into a revision's class (and file) name:
 * {@code {rev}} is the revision id, {@code {slug}} the message in lowercase words joined by {@code _} (at most 40
 * characters), and any other {@code {...}} a {@link DateTimeFormatter} pattern applied to the creation time in
 * UTC.
 */
public final class FileNameTemplate {

	/** The default template: {@code R20251003_2149_bce8c437167b_initial_schema}. */
	public static final String DEFAULT = "R{yyyyMMdd_HHmm}_{rev}_{slug}";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private static final int MAX_SLUG_LENGTH = 40;

	private final String template;

	public FileNameTemplate(String template) {
		if (!template.contains("{rev}")) {
			throw new IllegalArgumentException(
					"file name template '" + template + "' must contain {rev} so that every revision gets its own class");
		}
		this.template = template;
	}

	/** The class name for a revision; refused when the template yields no valid Java class name. */
	public String className(NewRevision revision) {
		Matcher matcher = PLACEHOLDER.matcher(this.template);
		StringBuilder name = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(name, Matcher.quoteReplacement(expand(matcher.group(1), revision)));
		}
		matcher.appendTail(name);
		String className = name.toString().replaceAll("_+", "_").replaceAll("_$", "");
		if (!SourceVersion.isName(className) || className.contains(".")) {
			throw new IllegalArgumentException("file name template '" + this.template + "' gives '" + className
					+ "', which is not a valid Java class name");
		}
		return className;
	}

	private static String expand(String placeholder, NewRevision revision) {
		if (placeholder.equals("rev")) {
			return revision.id();
		}
		if (placeholder.equals("slug")) {
			return slug(revision.message());
		}
		return DateTimeFormatter.ofPattern(placeholder, Locale.ROOT).withZone(ZoneOffset.UTC).format(revision.created());
	}

	static String slug(String message) {
		String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("_+$", "");
		}
		return slug;
	}

	@Override
	public String toString() {
		return this.template;
	}

}
