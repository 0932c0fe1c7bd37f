package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ClassUtils;

import dev.migrations.core.revision.ClassFilesFingerprint;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionSet;

/**
 * Finds the class files of packages and their sub-packages, and makes them a {@link RevisionSet}: their fingerprint
 * now (the files are read, no class is loaded), their graph when first needed. Then every class of those packages
 * is loaded (not initialized) and asked for {@link Revision}, and the graph refuses a broken set, naming the
 * classes. At a start where the database was verified with the same class files, nothing is loaded. Public so that
 * the benchmarks measure exactly what an application pays for it at startup.
 */
public final class RevisionScanner {

	private static final String CLASS_SUFFIX = ".class";

	private final ClassLoader classLoader;

	private final ResourcePatternResolver resolver;

	public RevisionScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
		this.resolver = new PathMatchingResourcePatternResolver(classLoader);
	}

	/** The revision set of the class files found in the packages and their sub-packages. */
	public RevisionSet scan(List<String> packages) {
		Map<String, Resource> classFiles = new TreeMap<>();
		ClassFilesFingerprint fingerprint = new ClassFilesFingerprint();
		try {
			for (String basePackage : packages) {
				String path = ClassUtils.convertClassNameToResourcePath(basePackage) + "/";
				for (Resource root : this.resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + path)) {
					addClassFiles(basePackage, root.getURL().toString(), classFiles);
				}
			}
			for (Map.Entry<String, Resource> classFile : classFiles.entrySet()) {
				fingerprint.add(classFile.getKey(), classFile.getValue().getContentAsByteArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the classes of " + packages, ex);
		}
		List<String> classNames = List.copyOf(classFiles.keySet());
		return RevisionSet.of(fingerprint.value(), () -> RevisionGraph.ofClasses(revisionClasses(classNames)));
	}

	/** Adds each class file under the root by class name; a name already found (earlier on the class path) stays. */
	private void addClassFiles(String basePackage, String root, Map<String, Resource> classFiles) throws IOException {
		for (Resource file : this.resolver.getResources(root + "**/*" + CLASS_SUFFIX)) {
			String url = file.getURL().toString();
			if (!url.startsWith(root)) {
				throw new IllegalStateException("Cannot tell the class name of " + url + " under " + root);
			}
			String relative = url.substring(root.length(), url.length() - CLASS_SUFFIX.length());
			if (relative.endsWith("package-info") || relative.endsWith("module-info")) {
				continue;
			}
			classFiles.putIfAbsent(basePackage + "." + relative.replace('/', '.'), file);
		}
	}

	private List<Class<?>> revisionClasses(List<String> classNames) {
		List<Class<?>> revisions = new ArrayList<>();
		for (String className : classNames) {
			Class<?> type = ClassUtils.resolveClassName(className, this.classLoader);
			if (type.isAnnotationPresent(Revision.class)) {
				revisions.add(type);
			}
		}
		return revisions;
	}

}
