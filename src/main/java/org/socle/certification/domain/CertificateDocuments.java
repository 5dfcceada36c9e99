package org.socle.certification.domain;

import java.util.Optional;

import org.socle.certification.CertificateFacts;
import org.socle.certification.CertificateState;
import org.socle.certification.credential.IssuerProfile;
import org.socle.certification.credential.OpenBadgeCredentials;
import org.socle.certification.document.CertificatePdf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certificate's two documents, the PDF and the signed Open Badges credential, drawn from the same
 * facts: the programme version it was issued under, its dates and today's state.
 */
@Service
public class CertificateDocuments {

	private final Certificates certificates;

	private final ProgrammeVersions programmes;

	private final CertificatePdf pdf;

	private final OpenBadgeCredentials credentials;

	private final IssuerProfile issuer;

	CertificateDocuments(Certificates certificates, ProgrammeVersions programmes, CertificatePdf pdf,
			OpenBadgeCredentials credentials, IssuerProfile issuer) {
		this.certificates = certificates;
		this.programmes = programmes;
		this.pdf = pdf;
		this.credentials = credentials;
		this.issuer = issuer;
	}

	@Transactional(readOnly = true)
	public CertificateFacts facts(Certificates.Certificate certificate) {
		Programme programme = programmes.byId(certificate.programmeVersionId()).orElseThrow();
		CertificateState state = certificate.stateOn(certificates.today());
		CertificateFacts.Dpc dpc = programme.dpc() == null ? null
				: new CertificateFacts.Dpc(issuer.name(), programme.dpc().actionType(), programme.dpc().orientation(),
						programme.dpc().method(), programme.dpc().durationHours(),
						min(certificate.startedOn(), certificate.dates().issuedOn()), certificate.dates().issuedOn());
		return new CertificateFacts(certificate.number(), certificate.holder(), certificate.holderName(),
				programme.slug(), programme.title().fr(), programme.title().en(), certificate.dates().issuedOn(),
				certificate.dates().expiresOn(), state.documentStatus(), issuer.verificationUrl(certificate.number()), dpc);
	}

	public byte[] pdf(Certificates.Certificate certificate) {
		return pdf.render(facts(certificate));
	}

	/** The signed credential; none for a revoked certificate (it would keep verifying offline). */
	public Optional<String> credential(Certificates.Certificate certificate) {
		CertificateFacts facts = facts(certificate);
		if (facts.status() == org.socle.certification.CertificateStatus.REVOKED) {
			return Optional.empty();
		}
		return Optional.of(credentials.signed(facts));
	}

	private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
