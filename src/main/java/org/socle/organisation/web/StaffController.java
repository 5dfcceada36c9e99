package org.socle.organisation.web;

import java.util.List;
import java.util.Map;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The people within the viewer's scope: names and placements only, no learning records. */
@Controller
class StaffController {

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	StaffController(OrganisationApi organisation, IdentityApi identity) {
		this.organisation = organisation;
		this.identity = identity;
	}

	@GetMapping("/manage/staff")
	String staff(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		List<Placement> placements = organisation.staffVisibleTo(me);
		Map<PersonId, PersonSummary> people = identity.people(placements.stream().map(Placement::person).toList());
		model.addAttribute("staff", placements.stream()
			.filter(placement -> people.containsKey(placement.person()))
			.map(placement -> new StaffRow(people.get(placement.person()), placement))
			.toList());
		return "organisation/staff";
	}

	/** One line of the staff list. */
	record StaffRow(PersonSummary person, Placement placement) {
	}

}
