package dev.migrations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.revision.RevisionSet;

class RevisionScannerTest {

	private static final String BRANCHED = "dev.migrations.autoconfigure.startup.branched";

	private static final String FAILING = "dev.migrations.autoconfigure.startup.failing";

	private final RevisionScanner scanner = new RevisionScanner(getClass().getClassLoader());

	@Test
	void theSameClassFilesGiveTheSameFingerprint() {
		assertThat(this.scanner.scan(List.of(FAILING)).fingerprint())
			.isEqualTo(this.scanner.scan(List.of(FAILING)).fingerprint())
			.get()
			.asString()
			.hasSize(64);
	}

	@Test
	void otherClassFilesGiveAnotherFingerprint() {
		assertThat(this.scanner.scan(List.of(FAILING)).fingerprint())
			.isNotEqualTo(this.scanner.scan(List.of(BRANCHED)).fingerprint())
			.isNotEqualTo(this.scanner.scan(List.of(FAILING, BRANCHED)).fingerprint());
	}

	@Test
	void theGraphIsBuiltWhenFirstAskedFor() {
		RevisionSet failing = this.scanner.scan(List.of(FAILING));

		assertThat(failing.graph().revisions()).extracting(RevisionScript::id)
			.containsExactly("f00000000001", "f00000000002");
	}

	@Test
	void packagesAreScannedTogether() {
		RevisionSet both = this.scanner.scan(List.of(BRANCHED, FAILING));

		assertThat(both.graph().revisions()).hasSize(5);
		assertThat(both.graph().heads()).hasSize(3);
	}

	@Test
	void classesInAJarAreFoundAndFingerprintedLikeTheSameClassesInADirectory(@TempDir Path temp) throws Exception {
		Path jar = temp.resolve("revisions.jar");
		Path classes = Path.of(getClass().getResource("/" + FAILING.replace('.', '/')).toURI());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.list(classes)) {
			String directory = "";
			for (String name : FAILING.split("\\.")) { // directory entries, as every build tool writes them
				directory += name + "/";
				out.putNextEntry(new JarEntry(directory));
				out.closeEntry();
			}
			for (Path file : files.toList()) {
				out.putNextEntry(new JarEntry(FAILING.replace('.', '/') + "/" + file.getFileName()));
				out.write(Files.readAllBytes(file));
				out.closeEntry();
			}
		}
		try (URLClassLoader fromJar = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				new Hiding(FAILING, getClass().getClassLoader()))) {
			RevisionSet inJar = new RevisionScanner(fromJar).scan(List.of(FAILING));

			assertThat(inJar.fingerprint()).isEqualTo(this.scanner.scan(List.of(FAILING)).fingerprint());
			assertThat(inJar.graph().revisions()).extracting(RevisionScript::id)
				.containsExactly("f00000000001", "f00000000002");
			assertThat(inJar.graph().revisions().get(0).type().getClassLoader()).isSameAs(fromJar);
		}
	}

	/** A class loader that does not see one package, so that the one below it reads it from elsewhere. */
	private static final class Hiding extends ClassLoader {

		private final String hiddenPackage;

		Hiding(String hiddenPackage, ClassLoader parent) {
			super(parent);
			this.hiddenPackage = hiddenPackage;
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith(this.hiddenPackage + ".")) {
				throw new ClassNotFoundException(name);
			}
			return super.loadClass(name, resolve);
		}

		@Override
		public URL getResource(String name) {
			return hides(name) ? null : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return hides(name) ? Collections.emptyEnumeration() : super.getResources(name);
		}

		private boolean hides(String resourceName) {
			return resourceName.startsWith(this.hiddenPackage.replace('.', '/'));
		}

	}

}
