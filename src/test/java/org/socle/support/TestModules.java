package org.socle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import org.socle.catalog.content.ModuleFolderReader;
import org.socle.catalog.domain.ModuleImporter;

/**
 * Modules written for one test, in the content format, and imported as the content folder would be:
 * a unique slug each time, so tests never touch the shipped modules or each other's.
 */
public final class TestModules {

	private TestModules() {
	}

	/**
	 * Writes and imports a module of one lesson ({@code 01-unique.md}) with an assessment.
	 *
	 * @param title      the module's French title
	 * @param lesson     the lesson's Markdown
	 * @param assessment the assessment file
	 * @return the module's slug
	 */
	public static String importWithAssessment(ModuleImporter importer, Path content, String prefix, String title,
			String lesson, String assessment) {
		String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		try {
			Path folder = Files.createDirectories(content.resolve(slug).resolve("lessons"));
			Files.writeString(folder.getParent().resolve("module.yml"), """
					id: %s
					title: { fr: "%s" }
					summary: { fr: "Un module écrit pour un test." }
					axis: algorithmic-reasoning
					duration: 10
					level: introduction
					competencies: [D4]
					objectives: [ { fr: "Décider." } ]
					authors: [ { name: "Équipe Socle" } ]
					lessons: [ { file: 01-unique.md, title: { fr: "L’essentiel" } } ]
					""".formatted(slug, title));
			Files.writeString(folder.resolve("01-unique.md"), lesson);
			Files.writeString(folder.getParent().resolve("assessment.yml"), assessment);
			importer.importModule(new ModuleFolderReader(Set.of("D4")).read(folder.getParent()).module().orElseThrow());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return slug;
	}

	/** Reads every lesson of the module and passes its assessment, if it has one, with the expected answers. */
	public static void complete(org.socle.catalog.CatalogApi catalog, org.socle.learning.LearningApi learning,
			org.socle.learning.AssessmentApi assessments, org.socle.identity.PersonId person, String slug) {
		var module = catalog.currentModule(slug).orElseThrow();
		learning.enrol(person, slug);
		module.lessons().forEach(lesson -> learning.recordLessonRead(person, slug, lesson.slug()));
		catalog.assessment(module.versionId()).ifPresent(assessment -> {
			int attempt = assessments.start(person, slug);
			java.util.Map<String, org.socle.learning.Answer> answers = new java.util.HashMap<>();
			assessment.questions().forEach(q -> answers.put(q.id(), org.socle.learning.Answer.expectedFor(q)));
			assessments.submit(person, slug, attempt, answers);
		});
		if (!learning.progressIn(person, slug).orElseThrow().completed()) {
			throw new IllegalStateException(slug + " not completed");
		}
	}

}
