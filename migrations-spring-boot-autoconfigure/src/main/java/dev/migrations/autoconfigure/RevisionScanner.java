package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

	private final ClassLoader classLoader;

	private final ClassFiles classFiles;

	public RevisionScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
		this.classFiles = new ClassFiles(classLoader);
	}

	/** The revision set of the class files found in the packages and their sub-packages. */
	public RevisionSet scan(List<String> packages) {
		Map<String, byte[]> files = new TreeMap<>();
		try {
			for (String basePackage : packages) {
				this.classFiles.addTo(files, basePackage);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the classes of " + packages, ex);
		}
		ClassFilesFingerprint fingerprint = new ClassFilesFingerprint();
		files.forEach(fingerprint::add);
		List<String> classNames = List.copyOf(files.keySet());
		return RevisionSet.of(fingerprint.value(), () -> RevisionGraph.ofClasses(revisionClasses(classNames)));
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
