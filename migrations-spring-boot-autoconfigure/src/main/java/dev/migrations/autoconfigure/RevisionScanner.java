package dev.migrations.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;

/**
 * Finds the classes annotated with {@link Revision} in packages and their sub-packages, and builds the graph (which
 * refuses a broken one, naming the classes). Public so that the benchmarks measure exactly what an application
 * pays for it at startup.
 */
public final class RevisionScanner {

	private final ClassLoader classLoader;

	public RevisionScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/** The graph of the revision classes found in the packages and their sub-packages. */
	public RevisionGraph scan(List<String> packages) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class, false));
		scanner.setResourceLoader(new DefaultResourceLoader(this.classLoader));
		Set<Class<?>> classes = new LinkedHashSet<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), this.classLoader));
			}
		}
		return RevisionGraph.ofClasses(classes);
	}

}
