package org.socle.organisation.web;

import java.util.List;

import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The establishments and staff within the caller's scope, for tools of managers and agencies. */
@RestController
class StaffApiController {

	private final OrganisationApi organisation;

	StaffApiController(OrganisationApi organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/api/v1/establishments")
	List<org.socle.organisation.EstablishmentSummary> establishments(@AuthenticationPrincipal SoclePrincipal me) {
		return organisation.establishmentsVisibleTo(me);
	}

	@GetMapping("/api/staff")
	List<StaffMember> staff(@AuthenticationPrincipal SoclePrincipal me) {
		return organisation.staffVisibleTo(me)
			.stream()
			.map(StaffMember::of)
			.toList();
	}

	record StaffMember(long personId, String profession, String unit, String establishment, String region) {

		static StaffMember of(Placement placement) {
			return new StaffMember(placement.person().value(), placement.professionCode(), placement.unitName(),
					placement.establishmentName(), placement.regionName());
		}

	}

}
