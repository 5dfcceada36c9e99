package org.socle.learning.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleProgress;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's enrolments as JSON: for apps and integrations acting for the learner. */
@RestController
class EnrolmentsApiController {

	private final LearningApi learning;

	EnrolmentsApiController(LearningApi learning) {
		this.learning = learning;
	}

	@GetMapping("/api/v1/me/enrolments")
	List<EnrolmentJson> enrolments(@AuthenticationPrincipal SoclePrincipal me) {
		return learning.progressOf(me.personId()).stream().map(EnrolmentJson::of).toList();
	}

	/**
	 * One enrolment: the module and the version it is pinned to, where the learner stands, their best
	 * score once an attempt is graded, and when they completed it.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EnrolmentJson(String moduleId, int version, String status, int percentComplete, Integer score,
			Instant completedAt) {

		static EnrolmentJson of(ModuleProgress progress) {
			return new EnrolmentJson(progress.module().slug(), progress.module().versionNumber(),
					progress.completed() ? "completed" : "in_progress", progress.percent(), progress.bestScore(),
					progress.completedAt());
		}

	}

}
