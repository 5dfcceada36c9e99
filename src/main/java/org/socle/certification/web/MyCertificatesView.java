package org.socle.certification.web;

import java.util.List;

import org.socle.certification.CertificateSummary;
import org.socle.certification.domain.Certificates;
import org.socle.identity.SoclePrincipal;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's certificates for the dashboard's section ({@code certification/dashboard}),
 * which the learning module's page includes: the latest of each programme.
 */
@Component("myCertificates")
public class MyCertificatesView {

	private final Certificates certificates;

	MyCertificatesView(Certificates certificates) {
		this.certificates = certificates;
	}

	public List<CertificateSummary> of(Object principal) {
		if (!(principal instanceof SoclePrincipal me)) {
			return List.of();
		}
		java.util.Map<String, CertificateSummary> latest = new java.util.LinkedHashMap<>();
		certificates.certificatesOf(me.personId()).forEach(c -> latest.putIfAbsent(c.programme(), c));
		return List.copyOf(latest.values());
	}

}
