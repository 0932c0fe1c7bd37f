package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ClassUtils;

import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;

/**
 * Finds the classes annotated with {@link Revision} in packages and their sub-packages, and builds the graph (which
 * refuses a broken one, naming the classes). Every class of those packages is loaded (not initialized) and asked
 * for the annotation: the graph and the checksums need the revision classes loaded anyway, so reading each class
 * file a second time to parse its annotations first, as component scanning does, would only cost time. Public so
 * that the benchmarks measure exactly what an application pays for it at startup.
 */
public final class RevisionScanner {

	private static final String CLASS_SUFFIX = ".class";

	private final ClassLoader classLoader;

	private final ResourcePatternResolver resolver;

	public RevisionScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
		this.resolver = new PathMatchingResourcePatternResolver(classLoader);
	}

	/** The graph of the revision classes found in the packages and their sub-packages. */
	public RevisionGraph scan(List<String> packages) {
		Set<Class<?>> classes = new LinkedHashSet<>();
		try {
			for (String basePackage : packages) {
				String path = ClassUtils.convertClassNameToResourcePath(basePackage) + "/";
				for (Resource root : this.resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + path)) {
					addRevisions(basePackage, root.getURL().toString(), classes);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the classes of " + packages, ex);
		}
		return RevisionGraph.ofClasses(classes);
	}

	private void addRevisions(String basePackage, String root, Set<Class<?>> classes) throws IOException {
		for (Resource file : this.resolver.getResources(root + "**/*" + CLASS_SUFFIX)) {
			String url = file.getURL().toString();
			if (!url.startsWith(root)) {
				throw new IllegalStateException("Cannot tell the class name of " + url + " under " + root);
			}
			String relative = url.substring(root.length(), url.length() - CLASS_SUFFIX.length());
			if (relative.endsWith("package-info") || relative.endsWith("module-info")) {
				continue;
			}
			Class<?> type = ClassUtils.resolveClassName(basePackage + "." + relative.replace('/', '.'), this.classLoader);
			if (type.isAnnotationPresent(Revision.class)) {
				classes.add(type);
			}
		}
	}

}
