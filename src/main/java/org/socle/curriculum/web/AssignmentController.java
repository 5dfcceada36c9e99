package org.socle.curriculum.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleOutline;
import org.socle.curriculum.domain.AssignmentTarget;
import org.socle.curriculum.domain.Assignments;
import org.socle.curriculum.domain.CurriculumVersions;
import org.socle.curriculum.domain.DueRule;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.EstablishmentSummary;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators, managers and administrators assign curricula or modules within their scope — to a
 * region, an establishment, a unit, a profession or a role, or to named people — with a fixed or a
 * relative due date; and grant exemptions and extensions, each with a reason.
 */
@Controller
class AssignmentController {

	private static final String LIST = "curriculum/assignments";

	private final Assignments assignments;

	private final CurriculumVersions curricula;

	private final CatalogApi catalog;

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	AssignmentController(Assignments assignments, CurriculumVersions curricula, CatalogApi catalog,
			OrganisationApi organisation, IdentityApi identity) {
		this.assignments = assignments;
		this.curricula = curricula;
		this.catalog = catalog;
		this.organisation = organisation;
		this.identity = identity;
	}

	/** The form as typed: every field a string, so that nothing typed is lost when it is shown again. */
	record AssignmentForm(String what, String kind, String region, String establishment, String unit, String profession,
			String role, String scope, List<String> people, String dueFrom, String dueOn, String dueDays) {

		static AssignmentForm empty() {
			return new AssignmentForm("", "establishment", "", "", "", "", "", "", List.of(), "fixed", "", "30");
		}

		public boolean named(PersonId person) {
			return people != null && people.contains(String.valueOf(person.value()));
		}

	}

	/** A person who may be named in an assignment. */
	record PersonOption(PersonId id, String name, String place) {
	}

	@GetMapping("/manage/assignments")
	String list(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		return page(me, AssignmentForm.empty(), model);
	}

	@PostMapping("/manage/assignments")
	String assign(@AuthenticationPrincipal SoclePrincipal me, @ModelAttribute AssignmentForm form, Model model,
			RedirectAttributes redirect) {
		try {
			int reached = assignments.assign(me, request(form));
			redirect.addFlashAttribute("assignedTo", reached);
			return "redirect:/manage/assignments";
		}
		catch (Assignments.AssignmentRefused refused) {
			model.addAttribute("problem", refused.messageKey());
			return page(me, form, model);
		}
	}

	@GetMapping("/manage/assignments/{id}")
	String detail(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("detail", assignments.detail(me, id).orElseThrow(AssignmentController::notFound));
		return "curriculum/assignment";
	}

	@GetMapping("/manage/assignments/{id}/people/{person}")
	String member(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id, @PathVariable long person,
			Model model) {
		Assignments.AssignmentDetail detail = assignments.detail(me, id).orElseThrow(AssignmentController::notFound);
		Assignments.MemberView member = detail.members().stream().filter(m -> m.person().value() == person).findFirst()
			.orElseThrow(AssignmentController::notFound);
		model.addAttribute("assignment", detail.assignment());
		model.addAttribute("member", member);
		model.addAttribute("history", detail.exceptions().stream().filter(e -> e.person().value() == person).toList());
		return "curriculum/assignment-member";
	}

	@PostMapping("/manage/assignments/{id}/people/{person}")
	String grant(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id, @PathVariable long person,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String dueOn, Model model, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "exempt" -> assignments.exempt(me, id, PersonId.of(person), reason);
				case "reinstate" -> assignments.reinstate(me, id, PersonId.of(person), reason);
				case "extend" -> assignments.extend(me, id, PersonId.of(person), date(dueOn), reason);
				default -> throw new Assignments.AssignmentRefused("unknown-action");
			}
			redirect.addFlashAttribute("granted", "assignment.granted." + action);
			return "redirect:/manage/assignments/" + id + "/people/" + person;
		}
		catch (Assignments.AssignmentRefused refused) {
			if ("unknown-member".equals(refused.code())) {
				throw notFound();
			}
			model.addAttribute("problem", refused.messageKey());
			model.addAttribute("reason", reason);
			model.addAttribute("dueOn", dueOn);
			model.addAttribute("action", action);
			return member(me, id, person, model);
		}
	}

	private String page(SoclePrincipal me, AssignmentForm form, Model model) {
		List<EstablishmentSummary> establishments = organisation.establishmentsVisibleTo(me);
		Map<Long, String> establishmentNames = establishments.stream()
			.collect(Collectors.toMap(EstablishmentSummary::id, EstablishmentSummary::name));
		model.addAttribute("form", form);
		model.addAttribute("assignments", assignments.visibleTo(me));
		model.addAttribute("curricula", curricula.visibleTo(me));
		model.addAttribute("modules", catalog.currentModules().stream()
			.sorted(Comparator.comparing(ModuleOutline::titleFr)).toList());
		model.addAttribute("regions", organisation.regionsSteeredBy(me));
		model.addAttribute("establishments", establishments);
		model.addAttribute("units", organisation.unitsOf(establishmentNames.keySet()));
		model.addAttribute("establishmentNames", establishmentNames);
		model.addAttribute("professions", organisation.professionCodes());
		model.addAttribute("people", peopleOptions(me));
		return LIST;
	}

	private List<PersonOption> peopleOptions(SoclePrincipal me) {
		List<Placement> staff = organisation.staffVisibleTo(me);
		Map<PersonId, PersonSummary> names = identity.people(staff.stream().map(Placement::person).toList());
		List<PersonOption> options = new ArrayList<>();
		staff.stream().collect(Collectors.toMap(Placement::person, p -> p, (a, b) -> a, java.util.LinkedHashMap::new))
			.values()
			.forEach(p -> options.add(new PersonOption(p.person(),
					names.containsKey(p.person()) ? names.get(p.person()).displayName() : "?",
					p.unitName() + ", " + p.establishmentName())));
		options.sort(Comparator.comparing(PersonOption::name));
		return options;
	}

	/** The form read into a request; whatever is malformed is refused with the matching message. */
	private static Assignments.NewAssignment request(AssignmentForm form) {
		String what = form.what() == null ? "" : form.what();
		String curriculum = what.startsWith("curriculum:") ? what.substring("curriculum:".length()) : null;
		String module = what.startsWith("module:") ? what.substring("module:".length()) : null;
		return new Assignments.NewAssignment(curriculum, module, target(form), due(form));
	}

	private static AssignmentTarget target(AssignmentForm form) {
		AssignmentTarget.Kind kind;
		try {
			kind = AssignmentTarget.Kind.valueOf(String.valueOf(form.kind()).toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Assignments.AssignmentRefused("no-target");
		}
		return switch (kind) {
			case REGION -> new AssignmentTarget(kind, id(form.region()), null, 0, null, List.of());
			case ESTABLISHMENT -> new AssignmentTarget(kind, id(form.establishment()), null, 0, null, List.of());
			case UNIT -> new AssignmentTarget(kind, id(form.unit()), null, 0, null, List.of());
			case PROFESSION, ROLE, PEOPLE -> {
				String scope = form.scope() == null ? "" : form.scope();
				Long region = scope.startsWith("region:") ? id(scope.substring("region:".length())) : null;
				Long establishment = scope.startsWith("establishment:") ? id(scope.substring("establishment:".length())) : null;
				if (region == null && establishment == null) {
					throw new Assignments.AssignmentRefused("no-scope");
				}
				String code = kind == AssignmentTarget.Kind.PROFESSION ? form.profession()
						: kind == AssignmentTarget.Kind.ROLE ? form.role() : null;
				List<PersonId> people = kind == AssignmentTarget.Kind.PEOPLE && form.people() != null
						? form.people().stream().map(AssignmentController::id).map(PersonId::of).toList() : List.of();
				yield new AssignmentTarget(kind, null, code, region == null ? 0 : region, establishment, people);
			}
		};
	}

	private static DueRule due(AssignmentForm form) {
		String from = form.dueFrom() == null ? "" : form.dueFrom();
		return switch (from) {
			case "fixed" -> DueRule.on(date(form.dueOn()));
			case "assignment", "start" -> {
				int days;
				try {
					days = Integer.parseInt(String.valueOf(form.dueDays()).strip());
				}
				catch (NumberFormatException ex) {
					throw new Assignments.AssignmentRefused("invalid-days");
				}
				yield "start".equals(from) ? DueRule.daysAfterStart(days) : DueRule.daysAfterAssignment(days);
			}
			default -> throw new Assignments.AssignmentRefused("invalid-date");
		};
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(String.valueOf(value).strip());
		}
		catch (DateTimeParseException ex) {
			throw new Assignments.AssignmentRefused("invalid-date");
		}
	}

	private static Long id(String value) {
		try {
			return Long.valueOf(String.valueOf(value).strip());
		}
		catch (NumberFormatException ex) {
			throw new Assignments.AssignmentRefused("no-target");
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
