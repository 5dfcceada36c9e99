package org.socle.organisation.web;

import java.time.LocalDate;
import java.util.List;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.UnitId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators place a person in a unit with a profession. */
@Controller
class MembershipAdminController {

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	MembershipAdminController(OrganisationApi organisation, IdentityApi identity) {
		this.organisation = organisation;
		this.identity = identity;
	}

	@GetMapping("/admin/people/{id}/memberships")
	String memberships(@PathVariable long id, Model model) {
		PersonSummary person = person(id);
		model.addAttribute("person", person);
		model.addAttribute("placement", organisation.placements(List.of(person.id())).get(person.id()));
		model.addAttribute("units", organisation.units());
		model.addAttribute("professions", organisation.professionCodes());
		return "organisation/admin-memberships";
	}

	@PostMapping("/admin/people/{id}/memberships")
	String addMembership(@PathVariable long id, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String profession,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			RedirectAttributes redirect) {
		PersonSummary person = person(id);
		if (unit == null || startsOn == null || !organisation.isValidPlacement(new UnitId(unit), profession)) {
			redirect.addFlashAttribute("problem", "memberships.error");
			return "redirect:/admin/people/" + id + "/memberships";
		}
		organisation.addMembership(person.id(), new UnitId(unit), profession, startsOn);
		redirect.addFlashAttribute("notice", "memberships.added");
		return "redirect:/admin/people/" + id + "/memberships";
	}

	private PersonSummary person(long id) {
		return identity.person(PersonId.of(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
