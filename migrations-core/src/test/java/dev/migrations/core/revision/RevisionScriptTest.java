package dev.migrations.core.revision;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionScriptTest {

	@Test
	void readsEveryAttributeOfTheAnnotation() {
		RevisionScript script = RevisionScript.of(Complete.class);

		assertThat(script.id()).isEqualTo("3f2a91c0d1b2");
		assertThat(script.revises()).containsExactly("aaaaaaaaaaaa", "bbbbbbbbbbbb");
		assertThat(script.message()).isEqualTo("merge users and billing");
		assertThat(script.created()).isEqualTo(Instant.parse("2025-10-03T21:49:00Z"));
		assertThat(script.branchLabels()).containsExactly("users");
		assertThat(script.dependsOn()).containsExactly("cccccccccccc");
		assertThat(script.type()).isEqualTo(Complete.class);
	}

	@Test
	void aRevisionWithoutCreatedHasNoInstant() {
		RevisionScript script = RevisionScript.of(Minimal.class);

		assertThat(script.created()).isNull();
		assertThat(script.revises()).isEmpty();
		assertThat(script.message()).isEmpty();
	}

	@Test
	void newInstanceCreatesTheMigrationThroughItsNoArgConstructor() {
		assertThat(RevisionScript.of(Minimal.class).newInstance()).isInstanceOf(Minimal.class);
	}

	@Test
	void newInstanceReportsAConstructorThatThrows() {
		assertThatThrownBy(() -> RevisionScript.of(FailingConstructor.class).newInstance())
			.isInstanceOf(RevisionGraphException.class)
			.hasMessageContaining("could not create revision 0000000000f1 in " + FailingConstructor.class.getName())
			.hasMessageContaining("no connection string")
			.hasCauseInstanceOf(IllegalStateException.class);
	}

	@Test
	void scriptsReadFromTheSameClassAreEqual() {
		assertThat(RevisionScript.of(Minimal.class)).isEqualTo(RevisionScript.of(Minimal.class))
			.hasSameHashCodeAs(RevisionScript.of(Minimal.class))
			.isNotEqualTo(RevisionScript.of(Complete.class));
	}

	@Test
	void toStringNamesTheIdAndTheClass() {
		assertThat(RevisionScript.of(Minimal.class))
			.hasToString("revision 0000000000a1 in " + Minimal.class.getName());
	}

	@Test
	void refusesAClassWithoutTheAnnotation() {
		assertRefused(NotAnnotated.class,
				NotAnnotated.class.getName() + " is not a revision: it is not annotated with @Revision");
	}

	@Test
	void refusesAnAnnotatedClassThatIsNotAMigration() {
		assertRefused(NotAMigration.class, NotAMigration.class.getName()
				+ " is annotated with @Revision but does not implement dev.migrations.core.revision.Migration: add"
				+ " implements Migration, or remove the annotation if it is not a revision");
	}

	@Test
	void refusesAClassWithoutAPublicNoArgConstructor() {
		assertRefused(NoNoArgConstructor.class, "revision class " + NoNoArgConstructor.class.getName()
				+ " must be a public, non-abstract class with a public no-argument constructor");
	}

	@Test
	void refusesANonPublicClass() {
		assertRefused(NotPublic.class, "revision class " + NotPublic.class.getName()
				+ " must be a public, non-abstract class with a public no-argument constructor");
	}

	@Test
	void refusesAnAbstractClass() {
		assertRefused(Abstract.class, "revision class " + Abstract.class.getName()
				+ " must be a public, non-abstract class with a public no-argument constructor");
	}

	@Test
	void refusesAnEmptyId() {
		assertRefused(EmptyId.class, "revision id '' in " + EmptyId.class.getName()
				+ " must be 12 lowercase hexadecimal characters, e.g. 3f2a91c0d1b2");
	}

	@Test
	void refusesAnIdThatIsNotTwelveLowercaseHexCharacters() {
		assertRefused(UppercaseId.class, "revision id 'ABC' in " + UppercaseId.class.getName()
				+ " must be 12 lowercase hexadecimal characters, e.g. 3f2a91c0d1b2");
		assertRefused(LongId.class, "revision id '3f2a91c0d1b2a' in " + LongId.class.getName()
				+ " must be 12 lowercase hexadecimal characters, e.g. 3f2a91c0d1b2");
	}

	@Test
	void refusesACreatedThatIsNotAnInstant() {
		assertRefused(DateOnlyCreated.class, "revision 0000000000c1 in " + DateOnlyCreated.class.getName()
				+ " has created '2025-10-03', which is not an ISO-8601 instant such as 2025-10-03T21:49:00Z");
	}

	@Test
	void refusesAMalformedParentId() {
		assertRefused(MalformedParent.class, "revision 0000000000c2 in " + MalformedParent.class.getName()
				+ " revises 'head', which is not a revision id: ids are 12 lowercase hexadecimal characters,"
				+ " e.g. 3f2a91c0d1b2");
	}

	@Test
	void refusesAMalformedDependsOnId() {
		assertRefused(MalformedDependency.class, "revision 0000000000c3 in " + MalformedDependency.class.getName()
				+ " depends on '3F2A91C0D1B2', which is not a revision id: ids are 12 lowercase hexadecimal characters,"
				+ " e.g. 3f2a91c0d1b2");
	}

	@Test
	void refusesARevisionRevisingItself() {
		assertRefused(RevisesItself.class,
				"revision 0000000000c4 in " + RevisesItself.class.getName() + " revises itself");
	}

	@Test
	void refusesARevisionDependingOnItself() {
		assertRefused(DependsOnItself.class,
				"revision 0000000000c5 in " + DependsOnItself.class.getName() + " depends on itself");
	}

	@Test
	void refusesAParentListedTwice() {
		assertRefused(ParentTwice.class,
				"revision 0000000000c6 in " + ParentTwice.class.getName() + " revises aaaaaaaaaaaa twice");
	}

	@Test
	void refusesABranchLabelThatCouldNotBeWrittenInATarget() {
		assertRefused(LabelWithAt.class, "revision 0000000000c7 in " + LabelWithAt.class.getName()
				+ " has branch label 'users@v2': a label starts with a letter and contains only letters, digits and"
				+ " underscores");
	}

	@Test
	void refusesABranchLabelThatIsATargetKeyword() {
		assertRefused(LabelHead.class, "revision 0000000000c8 in " + LabelHead.class.getName()
				+ " has branch label 'head', which is reserved: base, head, heads and current are targets");
	}

	@Test
	void refusesABranchLabelDeclaredTwice() {
		assertRefused(LabelTwice.class,
				"revision 0000000000c9 in " + LabelTwice.class.getName() + " has branch label 'users' twice");
	}

	private static void assertRefused(Class<?> type, String message) {
		assertThatThrownBy(() -> RevisionScript.of(type)).isInstanceOf(RevisionGraphException.class)
			.hasMessage(message);
	}

	@Revision(id = "3f2a91c0d1b2", revises = { "aaaaaaaaaaaa", "bbbbbbbbbbbb" }, message = "merge users and billing",
			created = "2025-10-03T21:49:00Z", branchLabels = "users", dependsOn = "cccccccccccc")
	public static class Complete extends NoOpMigration {

	}

	@Revision(id = "0000000000a1")
	public static class Minimal extends NoOpMigration {

	}

	@Revision(id = "0000000000f1")
	public static class FailingConstructor extends NoOpMigration {

		public FailingConstructor() {
			throw new IllegalStateException("no connection string");
		}

	}

	public static class NotAnnotated extends NoOpMigration {

	}

	@Revision(id = "0000000000b1")
	public static class NotAMigration {

	}

	@Revision(id = "0000000000b2")
	public static class NoNoArgConstructor extends NoOpMigration {

		public NoNoArgConstructor(String name) {
		}

	}

	@Revision(id = "0000000000b3")
	static class NotPublic extends NoOpMigration {

	}

	@Revision(id = "0000000000b4")
	public abstract static class Abstract extends NoOpMigration {

	}

	@Revision(id = "")
	public static class EmptyId extends NoOpMigration {

	}

	@Revision(id = "ABC")
	public static class UppercaseId extends NoOpMigration {

	}

	@Revision(id = "3f2a91c0d1b2a")
	public static class LongId extends NoOpMigration {

	}

	@Revision(id = "0000000000c1", created = "2025-10-03")
	public static class DateOnlyCreated extends NoOpMigration {

	}

	@Revision(id = "0000000000c2", revises = "head")
	public static class MalformedParent extends NoOpMigration {

	}

	@Revision(id = "0000000000c3", dependsOn = "3F2A91C0D1B2")
	public static class MalformedDependency extends NoOpMigration {

	}

	@Revision(id = "0000000000c4", revises = "0000000000c4")
	public static class RevisesItself extends NoOpMigration {

	}

	@Revision(id = "0000000000c5", dependsOn = "0000000000c5")
	public static class DependsOnItself extends NoOpMigration {

	}

	@Revision(id = "0000000000c6", revises = { "aaaaaaaaaaaa", "aaaaaaaaaaaa" })
	public static class ParentTwice extends NoOpMigration {

	}

	@Revision(id = "0000000000c7", branchLabels = "users@v2")
	public static class LabelWithAt extends NoOpMigration {

	}

	@Revision(id = "0000000000c8", branchLabels = "head")
	public static class LabelHead extends NoOpMigration {

	}

	@Revision(id = "0000000000c9", branchLabels = { "users", "users" })
	public static class LabelTwice extends NoOpMigration {

	}

}
