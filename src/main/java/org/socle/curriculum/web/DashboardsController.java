package org.socle.curriculum.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.socle.curriculum.domain.AssignmentDashboards;
import org.socle.curriculum.domain.AssignmentDashboards.Line;
import org.socle.curriculum.domain.AssignmentDashboards.PersonLine;
import org.socle.identity.SoclePrincipal;
import org.socle.shared.web.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Managers' and coordinators' dashboards: their establishments, then one establishment by unit and
 * profession, then its people, each with a chart, the table that says the same, and a CSV export. A
 * person's records open on their learning page, which writes the access log.
 */
@Controller
class DashboardsController {

	private final AssignmentDashboards dashboards;

	private final MessageSource messages;

	private final org.socle.certification.CertificationApi certification;

	DashboardsController(AssignmentDashboards dashboards, MessageSource messages,
			org.socle.certification.CertificationApi certification) {
		this.dashboards = dashboards;
		this.messages = messages;
		this.certification = certification;
	}

	/** Certification coverage of every establishment of the scope: a page of its own, read on demand. */
	@GetMapping("/manage/dashboard/certifications")
	String certifications(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		List<AssignmentDashboards.Line> establishments = dashboards.overview(me).establishments();
		java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
		establishments.forEach(line -> names.put(Long.valueOf(line.key()), line.label()));
		model.addAttribute("names", names);
		model.addAttribute("coverage", certification.coverage(names.keySet()));
		return "curriculum/dashboard-certifications";
	}

	/** Establishments per page: a chart of hundreds of bars helps nobody, and the page stays quick. */
	static final int PAGE_SIZE = 50;

	@GetMapping("/manage/dashboard")
	String overview(@AuthenticationPrincipal SoclePrincipal me, @RequestParam(defaultValue = "1") int page,
			Model model) {
		AssignmentDashboards.Overview overview = dashboards.overview(me);
		int pages = Math.max(1, (overview.establishments().size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<Line> shown = overview.establishments()
			.subList((current - 1) * PAGE_SIZE, Math.min(overview.establishments().size(), current * PAGE_SIZE));
		model.addAttribute("overview", overview);
		model.addAttribute("shown", shown);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "curriculum/dashboard";
	}

	@GetMapping("/manage/dashboard.csv")
	ResponseEntity<byte[]> overviewCsv(@AuthenticationPrincipal SoclePrincipal me, Locale locale) {
		return lines("etablissements.csv", "followup.establishment", dashboards.overview(me).establishments(), locale);
	}

	@GetMapping("/manage/dashboard/establishments/{id}")
	String establishment(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("view", dashboards.establishment(me, id).orElseThrow(DashboardsController::notFound));
		model.addAttribute("coverage", certification.coverage(List.of(id)));
		return "curriculum/dashboard-establishment";
	}

	@GetMapping("/manage/dashboard/establishments/{id}/{by:units|professions}.csv")
	ResponseEntity<byte[]> establishmentCsv(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id,
			@PathVariable String by, Locale locale) {
		AssignmentDashboards.EstablishmentView view = dashboards.establishment(me, id)
			.orElseThrow(DashboardsController::notFound);
		return "units".equals(by) ? lines("unites.csv", "followup.unit", view.units(), locale)
				: lines("professions.csv", "followup.profession",
						view.professions().stream().map(line -> new Line(line.key(), profession(line.key(), locale),
								line.assigned(), line.completed(), line.overdue(), line.exempt())).toList(),
						locale);
	}

	@GetMapping("/manage/dashboard/establishments/{id}/people")
	String people(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String profession,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("view", dashboards.establishment(me, id).orElseThrow(DashboardsController::notFound));
		model.addAttribute("people", dashboards.people(me, id, unit, profession, overdue)
			.orElseThrow(DashboardsController::notFound));
		model.addAttribute("unit", unit);
		model.addAttribute("profession", profession);
		model.addAttribute("overdue", overdue);
		return "curriculum/dashboard-people";
	}

	@GetMapping("/manage/dashboard/establishments/{id}/people.csv")
	ResponseEntity<byte[]> peopleCsv(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String profession,
			@RequestParam(defaultValue = "false") boolean overdue, Locale locale) {
		List<PersonLine> people = dashboards.people(me, id, unit, profession, overdue)
			.orElseThrow(DashboardsController::notFound);
		return CsvExport.file("personnes.csv",
				headers(locale, "followup.person", "followup.unit", "followup.profession", "followup.assignments",
						"followup.completed", "followup.overdue", "followup.exempt"),
				people.stream().map(p -> List.of(p.name(), p.unit(), profession(p.profession(), locale),
						String.valueOf(p.assignments()), String.valueOf(p.completed()), String.valueOf(p.overdue()),
						String.valueOf(p.exempt()))).toList());
	}

	private ResponseEntity<byte[]> lines(String fileName, String firstColumn, List<Line> lines, Locale locale) {
		Function<Line, List<String>> row = line -> List.of(line.label(), String.valueOf(line.assigned()),
				String.valueOf(line.completed()), String.valueOf(line.completionPercent()), String.valueOf(line.overdue()),
				String.valueOf(line.overduePercent()), String.valueOf(line.exempt()));
		return CsvExport.file(fileName, headers(locale, firstColumn, "followup.assigned", "followup.completed",
				"followup.completionRate", "followup.overdue", "followup.overdueRate", "followup.exempt"),
				lines.stream().map(row).toList());
	}

	private List<String> headers(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map(key -> messages.getMessage(key, null, key, locale)).toList();
	}

	private String profession(String code, Locale locale) {
		return messages.getMessage("profession." + code, null, code, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
