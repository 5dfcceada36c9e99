package org.socle.identity.web;

import java.util.List;

import org.socle.identity.SoclePrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as Socle understands their credentials. */
@RestController
class MeController {

	@GetMapping("/api/me")
	Me me(@AuthenticationPrincipal SoclePrincipal me) {
		return new Me(me.personId().value(), me.displayName(),
				me.roles().stream().map(Enum::name).sorted().toList());
	}

	record Me(long personId, String displayName, List<String> roles) {
	}

}
