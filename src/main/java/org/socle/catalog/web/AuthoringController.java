package org.socle.catalog.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.catalog.Assessment.Type;
import org.socle.catalog.Axis;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.DraftRuleViolation;
import org.socle.catalog.DraftSummary;
import org.socle.catalog.DraftView;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.domain.Authoring;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.socle.catalog.content.ModuleMedia;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trainers write modules in the browser and review each other's: the drafts page, the file editor
 * with its preview (a button without JavaScript, live with htmx), and the review decisions. Every
 * draft is checked against the person asking: its author, or a reviewer once it is submitted.
 */
@Controller
class AuthoringController {

	private static final String FILE_VIEW = "authoring/file";

	private final Authoring authoring;

	private final CatalogApi catalog;

	private final IdentityApi identity;

	AuthoringController(Authoring authoring, CatalogApi catalog, IdentityApi identity) {
		this.authoring = authoring;
		this.catalog = catalog;
		this.identity = identity;
	}

	@GetMapping("/authoring")
	String index(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		long person = me.personId().value();
		List<DraftSummary> mine = authoring.draftsOf(person);
		List<DraftSummary> toReview = authoring.awaitingReviewBy(person);
		model.addAttribute("mine", mine);
		model.addAttribute("toReview", toReview);
		model.addAttribute("names", names(Stream.concat(mine.stream(), toReview.stream()).map(DraftSummary::authorId).toList()));
		model.addAttribute("published", catalog.currentModules()
			.stream()
			.sorted(Comparator.comparing(ModuleOutline::titleFr))
			.toList());
		model.addAttribute("axes", Axis.values());
		model.addAttribute("competencies", catalog.competencies().values());
		return "authoring/index";
	}

	@PostMapping("/authoring/drafts")
	String start(@AuthenticationPrincipal SoclePrincipal me, @RequestParam(defaultValue = "") String titleFr,
			@RequestParam(defaultValue = "") String titleEn, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String axis, @RequestParam(defaultValue = "30") int duration,
			@RequestParam(name = "competency", required = false) List<String> competencies,
			RedirectAttributes redirect) {
		if (titleFr.isBlank()) {
			return refuse(redirect, "/authoring", "title-required");
		}
		try {
			long id = authoring.start(me.personId().value(), new Authoring.NewModule(slug, titleFr, titleEn,
					Axis.fromCode(axis).orElse(Axis.DIGITAL_TOOLS), duration,
					competencies == null ? List.of() : competencies));
			return "redirect:/authoring/drafts/" + id;
		}
		catch (DraftRuleViolation violation) {
			redirect.addFlashAttribute("titleFr", titleFr);
			redirect.addFlashAttribute("titleEn", titleEn);
			return refuse(redirect, "/authoring", violation.code());
		}
	}

	@PostMapping("/authoring/revisions")
	String revise(@AuthenticationPrincipal SoclePrincipal me, @RequestParam String module, RedirectAttributes redirect) {
		try {
			return "redirect:/authoring/drafts/" + authoring.revise(me.personId().value(), module);
		}
		catch (DraftRuleViolation violation) {
			return authoring.openDraftOf(module)
				.filter(open -> open.authorId() == me.personId().value())
				.map(open -> "redirect:/authoring/drafts/" + open.id())
				.orElseGet(() -> refuse(redirect, "/authoring", violation.code()));
		}
	}

	@GetMapping("/authoring/drafts/{id}")
	String draft(@PathVariable long id, @AuthenticationPrincipal SoclePrincipal me, Model model) {
		DraftView draft = visible(me, id);
		model.addAttribute("draft", draft);
		model.addAttribute("mine", draft.authorId() == me.personId().value());
		List<Long> people = new ArrayList<>(draft.history().stream().map(DraftView.Transition::actorId).toList());
		people.add(draft.authorId());
		model.addAttribute("names", names(people));
		return "authoring/draft";
	}

	@GetMapping("/authoring/drafts/{id}/file")
	String file(@PathVariable long id, @RequestParam String path, @AuthenticationPrincipal SoclePrincipal me,
			Model model) {
		DraftView draft = visible(me, id);
		String content = draft.files().get(path);
		if (content == null && !creatable(path)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return editor(draft, me, path, content == null ? initialContent(draft, path) : content, model);
	}

	@PostMapping("/authoring/drafts/{id}/file")
	String saveFile(@PathVariable long id, @RequestParam String path, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "-1") long lockVersion, @RequestParam(defaultValue = "save") String action,
			@RequestParam(defaultValue = "") String questionType, @AuthenticationPrincipal SoclePrincipal me,
			Model model, RedirectAttributes redirect) {
		DraftView draft = visible(me, id);
		switch (action) {
			case "preview" -> {
				model.addAttribute("preview", authoring.preview(draft.id(), content));
				return editor(draft, me, path, content, model);
			}
			case "add-question" -> {
				Type type = Stream.of(Type.values())
					.filter(candidate -> candidate.code().equals(questionType))
					.findFirst()
					.orElse(Type.SINGLE_CHOICE);
				model.addAttribute("unsaved", true);
				return editor(draft, me, path, Authoring.withQuestion(content, type), model);
			}
			default -> {
				try {
					authoring.write(me.personId().value(), id, lockVersion, path, content);
				}
				catch (DraftRuleViolation violation) {
					// What the author typed is shown again, never lost.
					model.addAttribute("problem", violation.messageKey());
					return editor(draft, me, path, content, model);
				}
				redirect.addFlashAttribute("notice", "authoring.saved");
				return "redirect:/authoring/drafts/" + id + "/file?path=" + path;
			}
		}
	}

	/**
	 * The lesson as learners will see it, alone: htmx asks for it while the author types, so it does
	 * not re-check the whole draft each time (the page and its save do).
	 */
	@PostMapping("/authoring/drafts/{id}/preview")
	String preview(@PathVariable long id, @RequestParam(defaultValue = "") String content,
			@AuthenticationPrincipal SoclePrincipal me, Model model) {
		if (!authoring.isVisible(me.personId().value(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("lesson", true);
		model.addAttribute("preview", authoring.preview(id, content));
		return FILE_VIEW + " :: preview";
	}

	@PostMapping("/authoring/drafts/{id}/lessons")
	String addLesson(@PathVariable long id, @RequestParam(defaultValue = "") String titleFr,
			@RequestParam(defaultValue = "") String titleEn, @AuthenticationPrincipal SoclePrincipal me,
			RedirectAttributes redirect) {
		try {
			String lesson = authoring.addLesson(me.personId().value(), id, titleFr, titleEn);
			return "redirect:/authoring/drafts/" + id + "/file?path=lessons/" + lesson + ".md";
		}
		catch (DraftRuleViolation violation) {
			return refuse(redirect, "/authoring/drafts/" + id, violation.code());
		}
	}

	@PostMapping("/authoring/drafts/{id}/media")
	String addMedia(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal SoclePrincipal me, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuse(redirect, "/authoring/drafts/" + id, "media-missing");
		}
		if (file.getSize() > ModuleMedia.MAX_BYTES) {
			return refuse(redirect, "/authoring/drafts/" + id, "media-too-large");
		}
		try {
			redirect.addFlashAttribute("mediaAdded",
					authoring.addMedia(me.personId().value(), id, file.getOriginalFilename(), file.getBytes()));
		}
		catch (DraftRuleViolation violation) {
			if ("unknown-draft".equals(violation.code())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:/authoring/drafts/" + id;
	}

	@GetMapping("/authoring/drafts/{id}/media/{file}")
	ResponseEntity<byte[]> draftMedia(@PathVariable long id, @PathVariable String file,
			@AuthenticationPrincipal SoclePrincipal me) {
		return MediaResponses.of(authoring.draftMedia(me.personId().value(), id, "media/" + file), false);
	}

	@PostMapping("/authoring/drafts/{id}/remove")
	String remove(@PathVariable long id, @RequestParam String path, @AuthenticationPrincipal SoclePrincipal me,
			RedirectAttributes redirect) {
		return decide(redirect, id, "authoring.removed", () -> authoring.remove(me.personId().value(), id, path));
	}

	@PostMapping("/authoring/drafts/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
			@AuthenticationPrincipal SoclePrincipal me, RedirectAttributes redirect) {
		return decide(redirect, id, "authoring.submitted", () -> authoring.submit(me.personId().value(), id, comment));
	}

	@PostMapping("/authoring/drafts/{id}/review")
	String review(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal SoclePrincipal me,
			RedirectAttributes redirect) {
		long reviewer = me.personId().value();
		if ("approve".equals(decision)) {
			return decide(redirect, id, "authoring.published", () -> authoring.approve(reviewer, id, comment));
		}
		redirect.addFlashAttribute("comment", comment);
		return decide(redirect, id, "authoring.changesRequested",
				() -> authoring.requestChanges(reviewer, id, comment));
	}

	@PostMapping("/authoring/drafts/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal SoclePrincipal me, RedirectAttributes redirect) {
		return decide(redirect, id, "authoring.withdrawn", () -> authoring.withdraw(me.personId().value(), id));
	}

	private String decide(RedirectAttributes redirect, long id, String notice, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DraftRuleViolation violation) {
			if ("unknown-draft".equals(violation.code())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return "redirect:/authoring/drafts/" + id;
	}

	private static String refuse(RedirectAttributes redirect, String to, String code) {
		redirect.addFlashAttribute("problem", "authoring.rule." + code);
		return "redirect:" + to;
	}

	private String editor(DraftView draft, SoclePrincipal me, String path, String content, Model model) {
		boolean mine = draft.authorId() == me.personId().value();
		model.addAttribute("draft", draft);
		model.addAttribute("path", path);
		model.addAttribute("content", content);
		model.addAttribute("editable", mine && draft.state().editable());
		model.addAttribute("lesson", path.endsWith(".md"));
		model.addAttribute("assessment", "assessment.yml".equals(path));
		model.addAttribute("questionTypes", Type.values());
		model.addAttribute("fileProblems", draft.problems()
			.stream()
			.filter(problem -> problem.file().toString().equals(path))
			.toList());
		if (!model.containsAttribute("preview") && path.endsWith(".md")) {
			model.addAttribute("preview", authoring.preview(draft.id(), content));
		}
		return FILE_VIEW;
	}

	private DraftView visible(SoclePrincipal me, long id) {
		return authoring.view(me.personId().value(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** An English lesson or the assessment may be written when it does not exist yet. */
	private static boolean creatable(String path) {
		return "assessment.yml".equals(path) || path.matches("lessons/en/[a-z0-9]+(-[a-z0-9]+)*\\.md");
	}

	private static String initialContent(DraftView draft, String path) {
		if ("assessment.yml".equals(path)) {
			return Authoring.withQuestion("", Type.SINGLE_CHOICE);
		}
		return draft.lessons()
			.stream()
			.filter(lesson -> path.equals("lessons/en/" + lesson.slug() + ".md"))
			.findFirst()
			.map(lesson -> "# \n\n## \n\n> **Key points** — \n")
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<Long, String> names(List<Long> ids) {
		Set<PersonId> people = ids.stream().map(PersonId::new).collect(Collectors.toSet());
		return identity.people(people)
			.values()
			.stream()
			.collect(Collectors.toMap(person -> person.id().value(), PersonSummary::displayName, (a, b) -> a));
	}

}
