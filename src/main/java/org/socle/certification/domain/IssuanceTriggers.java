package org.socle.certification.domain;

import org.socle.learning.LearningEvents.AttemptGraded;
import org.socle.learning.ModuleCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What may complete a learner's criteria: a module completed, an assessment graded (a better score),
 * a piece of evidence validated. Each is handled once its transaction has committed, so the learning
 * records it reads are there; the certificate's unique key makes concurrent events issue it once.
 */
@Component
class IssuanceTriggers {

	private final Certificates certificates;

	IssuanceTriggers(Certificates certificates) {
		this.certificates = certificates;
	}

	@ApplicationModuleListener
	void on(ModuleCompleted event) {
		certificates.evaluate(event.learner());
	}

	@ApplicationModuleListener
	void on(AttemptGraded event) {
		certificates.evaluate(event.learner());
	}

	@ApplicationModuleListener
	void on(EvidenceValidated event) {
		certificates.evaluate(event.learner());
	}

}
