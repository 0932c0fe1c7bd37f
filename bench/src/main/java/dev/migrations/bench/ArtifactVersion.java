package dev.migrations.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of a library on the class path, as its jar's Maven descriptor records it. */
final class ArtifactVersion {

	private ArtifactVersion() {
	}

	static String of(String groupId, String artifactId) {
		String descriptor = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
		try (InputStream input = ArtifactVersion.class.getClassLoader().getResourceAsStream(descriptor)) {
			if (input == null) {
				return "(unknown version)";
			}
			Properties properties = new Properties();
			properties.load(input);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
