package org.socle.curriculum.web;

import java.util.List;

import org.socle.curriculum.domain.Assignments;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.EstablishmentSummary;
import org.socle.organisation.OrganisationApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An establishment's assignment figures as JSON, for someone whose scope covers it; anyone else gets
 * 403, whether or not the establishment exists (only an administrator, who sees them all, gets 404).
 */
@RestController
class ReportsApiController {

	private final Assignments assignments;

	private final OrganisationApi organisation;

	ReportsApiController(Assignments assignments, OrganisationApi organisation) {
		this.assignments = assignments;
		this.organisation = organisation;
	}

	@GetMapping("/api/v1/reports/establishments/{id}")
	EstablishmentReport establishment(@PathVariable long id, @AuthenticationPrincipal SoclePrincipal me) {
		EstablishmentSummary establishment = organisation.establishmentsVisibleTo(me)
			.stream()
			.filter(candidate -> candidate.id() == id)
			.findFirst()
			.orElseThrow(() -> me.hasRole(org.socle.identity.Role.ADMIN)
					// an administrator sees every establishment: this one does not exist
					? new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)
					: new AccessDeniedException("Establishment " + id + " is outside the scope of " + me.personId()));
		return new EstablishmentReport(establishment.id(), establishment.code(), establishment.name(),
				assignments.figuresOf(id));
	}

	record EstablishmentReport(long establishmentId, String code, String name, List<Assignments.Figures> curricula) {
	}

}
