package org.socle.certification.web;

import org.socle.certification.domain.Certificates;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's certificates as their manager, coordinator or an administrator sees them: within the
 * viewer's scope only, and written to the person's access log before anything is shown.
 */
@Controller
class PersonCertificatesController {

	private final Certificates certificates;

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	private final PrivacyApi privacy;

	PersonCertificatesController(Certificates certificates, OrganisationApi organisation, IdentityApi identity,
			PrivacyApi privacy) {
		this.certificates = certificates;
		this.organisation = organisation;
		this.identity = identity;
		this.privacy = privacy;
	}

	@GetMapping("/people/{id}/certificates")
	String certificates(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id, Model model) {
		PersonId subject = PersonId.of(id);
		if (!organisation.mayViewRecordsOf(me, subject)) {
			throw new AccessDeniedException("Person " + id + " is outside the scope of " + me.personId());
		}
		var person = identity.person(subject).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		privacy.recordAccess(me.personId(), subject, RecordKind.CERTIFICATES, "/people/" + id + "/certificates");
		model.addAttribute("person", person);
		model.addAttribute("certificates", certificates.certificatesOf(subject));
		return "certification/person";
	}

}
