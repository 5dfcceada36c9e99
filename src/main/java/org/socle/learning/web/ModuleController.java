package org.socle.learning.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.LessonContent;
import org.socle.catalog.LessonRef;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleProgress;
import org.socle.learning.UnknownModuleException;
import org.socle.learning.domain.LessonCheck;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A module seen by a learner: its outline, enrolment, and the lesson player. Every page works
 * without JavaScript; reading is recorded by a form, never by merely loading a page.
 */
@Controller
class ModuleController {

	private final CatalogApi catalog;

	private final LearningApi learning;

	private final java.time.Clock clock;

	ModuleController(CatalogApi catalog, LearningApi learning, java.time.Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.learning = learning;
	}

	@GetMapping("/modules/{slug}")
	String module(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me, Model model) {
		Optional<ModuleProgress> progress = learning.progressIn(me.personId(), slug);
		ModuleOutline module = progress.map(ModuleProgress::module)
			.or(() -> catalog.currentModule(slug))
			.orElseThrow(() -> new UnknownModuleException(slug));
		model.addAttribute("module", module);
		model.addAttribute("progress", progress.orElse(null));
		model.addAttribute("details", catalog.details(module.versionId()).orElse(null));
		model.addAttribute("assessment", catalog.assessment(module.versionId()).orElse(null));
		model.addAttribute("competencies", catalog.competencies());
		return "learning/module";
	}

	@PostMapping("/modules/{slug}/enrolment")
	String enrol(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me) {
		learning.enrol(me.personId(), slug);
		ModuleProgress progress = learning.progressIn(me.personId(), slug)
			.orElseThrow(() -> new UnknownModuleException(slug));
		return progress.resumeAt().map(lesson -> redirectToLesson(slug, lesson)).orElse(redirectToModule(slug));
	}

	@GetMapping("/modules/{slug}/lessons/{lessonSlug}")
	String lesson(@PathVariable String slug, @PathVariable String lessonSlug,
			@AuthenticationPrincipal SoclePrincipal me, Locale locale, Model model) {
		return showLesson(slug, lessonSlug, me, locale, model, content -> Map.of());
	}

	/**
	 * Checks the answer to a question embedded in the lesson and shows the lesson again with the
	 * feedback beside the question (htmx swaps only that question).
	 */
	@PostMapping("/modules/{slug}/lessons/{lessonSlug}/check")
	String check(@PathVariable String slug, @PathVariable String lessonSlug, @RequestParam String question,
			@RequestParam(name = "answer", required = false) List<String> answers,
			@AuthenticationPrincipal SoclePrincipal me, Locale locale, Model model) {
		return showLesson(slug, lessonSlug, me, locale, model, content -> content.question(question)
			.map(asked -> Map.of(asked.id(), LessonCheck.of(asked, answers)))
			.orElseThrow(() -> new UnknownModuleException(slug + "/" + lessonSlug + "#" + question)));
	}

	private String showLesson(String slug, String lessonSlug, SoclePrincipal me, Locale locale, Model model,
			Function<LessonContent, Map<String, LessonCheck>> checks) {
		Optional<ModuleProgress> enrolled = learning.progressIn(me.personId(), slug);
		if (enrolled.isEmpty()) {
			return redirectToModule(slug);
		}
		ModuleProgress progress = enrolled.get();
		LessonContent content = catalog.lesson(progress.module().versionId(), lessonSlug, locale)
			.orElseThrow(() -> new UnknownModuleException(slug + "/" + lessonSlug));
		LessonRef lesson = content.lesson();
		model.addAttribute("module", progress.module());
		model.addAttribute("progress", progress);
		model.addAttribute("lesson", lesson);
		model.addAttribute("content", content);
		model.addAttribute("checks", checks.apply(content));
		model.addAttribute("openedAt", clock.millis());
		model.addAttribute("previous", progress.module().before(lesson).orElse(null));
		model.addAttribute("next", progress.module().after(lesson).orElse(null));
		return "learning/lesson";
	}

	@PostMapping("/modules/{slug}/withdrawal")
	String withdraw(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		learning.withdraw(me.personId(), slug);
		redirect.addFlashAttribute("notice", "module.withdrawn");
		return redirectToModule(slug);
	}

	/**
	 * Records the reading, with the time since the page was served ({@code openedAt}, set by the server
	 * in the form; only ever used for time on task, capped, never for a grade).
	 */
	@PostMapping("/modules/{slug}/lessons/{lessonSlug}/read")
	String markRead(@PathVariable String slug, @PathVariable String lessonSlug,
			@RequestParam(defaultValue = "0") long openedAt, @AuthenticationPrincipal SoclePrincipal me) {
		long now = clock.millis();
		int seconds = openedAt > 0 && openedAt <= now ? (int) Math.min(Integer.MAX_VALUE, (now - openedAt) / 1000) : 0;
		learning.recordLessonRead(me.personId(), slug, lessonSlug, seconds);
		ModuleProgress progress = learning.progressIn(me.personId(), slug)
			.orElseThrow(() -> new UnknownModuleException(slug));
		LessonRef lesson = progress.module()
			.lesson(lessonSlug)
			.orElseThrow(() -> new UnknownModuleException(slug + "/" + lessonSlug));
		return progress.module()
			.after(lesson)
			.map(next -> redirectToLesson(slug, next))
			.orElseGet(() -> progress.assessmentDue() ? redirectToModule(slug) + "/assessment" : redirectToModule(slug));
	}

	private static String redirectToModule(String slug) {
		return "redirect:/modules/" + UriUtils.encodePathSegment(slug, "UTF-8");
	}

	private static String redirectToLesson(String slug, LessonRef lesson) {
		return redirectToModule(slug) + "/lessons/" + UriUtils.encodePathSegment(lesson.slug(), "UTF-8");
	}

}
