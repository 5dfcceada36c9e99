package org.socle.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.certification.CertificationApi;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo certificates: the demo {@code trainer} holds an active Formateur interne certificate, and the
 * demo {@code learner} a Référent numérique certificate that was revoked, so both states can be seen,
 * downloaded and verified. Created once, with the demo accounts.
 */
@Component
@Order(DemoData.ORDER + 10)
@ConditionalOnBooleanProperty("socle.demo-data")
class DemoCertificates implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);

	private final IdentityApi identity;

	private final CertificationApi certification;

	private final Clock clock;

	DemoCertificates(IdentityApi identity, CertificationApi certification, Clock clock) {
		this.identity = identity;
		this.certification = certification;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var trainer = identity.personByUsername("trainer");
		var learner = identity.personByUsername("learner");
		var admin = identity.personByUsername("admin");
		if (trainer.isEmpty() || learner.isEmpty() || admin.isEmpty()
				|| !certification.certificatesOf(trainer.get().id()).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		PersonId by = admin.get().id();
		try {
			certification.award(trainer.get().id(), "formateur-interne", today.minusMonths(8), by);
			String revoked = certification.award(learner.get().id(), "referent-numerique", today.minusMonths(5), by);
			certification.revoke(revoked, "Démonstration : attribué par erreur, le plan d’action n’avait pas été validé.",
					by);
			log.info("Demo certificates created: trainer (formateur-interne, active), learner (referent-numerique, revoked)");
		}
		catch (IllegalArgumentException ex) {
			log.warn("No demo certificates: {}", ex.getMessage());
		}
	}

}
