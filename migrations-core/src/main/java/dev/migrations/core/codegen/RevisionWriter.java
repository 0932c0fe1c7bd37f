package dev.migrations.core.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.migrations.core.operation.Dsl;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.schema.ColumnTypes;

/**
 * Writes a new revision as a Java source file in a source folder and package, named by a
 * {@link FileNameTemplate}. Every text a user typed (the message) goes into string literals escaped by JavaPoet,
 * never into comments or code, so no message can break or inject into the generated source.
 */
public final class RevisionWriter {

	private final Path sourceFolder;

	private final String packageName;

	private final FileNameTemplate template;

	public RevisionWriter(Path sourceFolder, String packageName, FileNameTemplate template) {
		if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
			throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name");
		}
		this.sourceFolder = sourceFolder;
		this.packageName = packageName;
		this.template = template;
	}

	/** Writes the revision's class and returns the path of the new file; never overwrites an existing file. */
	public Path write(NewRevision revision) {
		String className = this.template.className(revision);
		JavaFile.Builder file = JavaFile.builder(this.packageName, type(className, revision))
			.skipJavaLangImports(true)
			.indent("\t");
		if (revision.kind() == NewRevision.Kind.BLANK) {
			file.addStaticImport(Dsl.class, "*").addStaticImport(ColumnTypes.class, "*");
		}
		Path directory = this.sourceFolder.resolve(this.packageName.replace('.', '/'));
		Path path = directory.resolve(className + ".java");
		if (Files.exists(path)) {
			throw new IllegalStateException("refusing to overwrite " + path);
		}
		try {
			Files.createDirectories(directory);
			Files.writeString(path, file.build().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write revision " + revision.id() + " to " + path, ex);
		}
		return path;
	}

	private TypeSpec type(String className, NewRevision revision) {
		AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", revision.id());
		revision.revises().forEach((parent) -> annotation.addMember("revises", "$S", parent));
		annotation.addMember("message", "$S", revision.message()).addMember("created", "$S", revision.created().toString());
		revision.branchLabels().forEach((label) -> annotation.addMember("branchLabels", "$S", label));
		String javadoc = (revision.kind() == NewRevision.Kind.MERGE)
				? "Merges heads into one; changes nothing in the database.\n"
				: "Written by the revision command: fill in {@code upgrade()} and {@code downgrade()}.\n";
		return TypeSpec.classBuilder(className)
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc(javadoc)
			.addAnnotation(annotation.build())
			.addSuperinterface(Migration.class)
			.addMethod(body("upgrade", revision.kind()))
			.addMethod(body("downgrade", revision.kind()))
			.build();
	}

	private static MethodSpec body(String name, NewRevision.Kind kind) {
		MethodSpec.Builder method = MethodSpec.methodBuilder(name)
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PUBLIC)
			.addParameter(Operations.class, "op");
		if (kind == NewRevision.Kind.BLANK) {
			method.addComment(name.equals("upgrade") ? "for example: op.addColumn(\"users\", column(\"phone\", varchar(32)));"
					: "undo upgrade(): op.dropColumn(\"users\", \"phone\");");
		}
		return method.build();
	}

}
