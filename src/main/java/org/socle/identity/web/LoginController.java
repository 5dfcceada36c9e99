package org.socle.identity.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final boolean singleSignOn;

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.singleSignOn = registrations.getIfAvailable() != null;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("singleSignOn", singleSignOn);
		return "identity/login";
	}

	/** The identity provider does not answer: say so plainly, and offer to try again. */
	@GetMapping("/login/unavailable")
	String identityProviderUnavailable(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		return "identity/idp-unavailable";
	}

}
