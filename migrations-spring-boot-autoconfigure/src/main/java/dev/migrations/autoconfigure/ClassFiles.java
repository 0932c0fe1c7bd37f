package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The class files of a package and its sub-packages, by class name, read from every class path root that holds the
 * package. Directories and jars (Spring Boot's nested jars included) are walked with the JDK's own APIs, about five
 * times faster on a cold JVM than Spring's pattern resolver, which remains for any other kind of root. A class
 * name found twice keeps its first file, as the class loader does.
 */
final class ClassFiles {

	private static final String CLASS_SUFFIX = ".class";

	private final ClassLoader classLoader;

	ClassFiles(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/** Adds the class files of the package and its sub-packages: class name to file content. */
	void addTo(Map<String, byte[]> classFiles, String basePackage) throws IOException {
		String path = basePackage.replace('.', '/') + "/";
		for (URL root : Collections.list(this.classLoader.getResources(path))) {
			if ("file".equals(root.getProtocol())) {
				addDirectory(classFiles, basePackage, root);
			}
			else if (root.openConnection() instanceof JarURLConnection jar) {
				addJarEntries(classFiles, jar);
			}
			else {
				addResources(classFiles, basePackage, root);
			}
		}
	}

	private void addDirectory(Map<String, byte[]> classFiles, String basePackage, URL root) throws IOException {
		Path directory;
		try {
			directory = Path.of(root.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IOException("Cannot read " + root + " as a directory", ex);
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : (Iterable<Path>) files.filter((candidate) -> isClassFile(candidate.toString()))::iterator) {
				String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
				addIfAbsent(classFiles, basePackage.replace('.', '/') + "/" + relative, () -> Files.readAllBytes(file));
			}
		}
	}

	private void addJarEntries(Map<String, byte[]> classFiles, JarURLConnection connection) throws IOException {
		String prefix = connection.getEntryName();
		JarFile jar = connection.getJarFile();
		try {
			for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
				JarEntry entry = entries.nextElement();
				if (!entry.isDirectory() && entry.getName().startsWith(prefix) && isClassFile(entry.getName())) {
					addIfAbsent(classFiles, entry.getName(), () -> {
						try (InputStream content = jar.getInputStream(entry)) {
							return content.readAllBytes();
						}
					});
				}
			}
		}
		finally {
			if (!connection.getUseCaches()) { // a cached jar is shared with the class loader: not ours to close
				jar.close();
			}
		}
	}

	private void addResources(Map<String, byte[]> classFiles, String basePackage, URL root) throws IOException {
		String rootUrl = root.toString();
		for (Resource file : new PathMatchingResourcePatternResolver(this.classLoader)
			.getResources(rootUrl + "**/*" + CLASS_SUFFIX)) {
			String url = file.getURL().toString();
			if (!url.startsWith(rootUrl)) {
				throw new IOException("Cannot tell the class name of " + url + " under " + rootUrl);
			}
			addIfAbsent(classFiles, basePackage.replace('.', '/') + "/" + url.substring(rootUrl.length()),
					file::getContentAsByteArray);
		}
	}

	private static void addIfAbsent(Map<String, byte[]> classFiles, String resourceName, Content content)
			throws IOException {
		String className = resourceName.substring(0, resourceName.length() - CLASS_SUFFIX.length()).replace('/', '.');
		if (!classFiles.containsKey(className)) {
			classFiles.put(className, content.read());
		}
	}

	private static boolean isClassFile(String name) {
		return name.endsWith(CLASS_SUFFIX) && !name.endsWith("package-info" + CLASS_SUFFIX)
				&& !name.endsWith("module-info" + CLASS_SUFFIX);
	}

	private interface Content {

		byte[] read() throws IOException;

	}

}
