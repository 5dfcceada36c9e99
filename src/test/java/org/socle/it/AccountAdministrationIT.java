package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.identity.AccountAdministration;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.organisation.OrganisationApi;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
class AccountAdministrationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	AccountAdministration accounts;

	@Autowired
	OrganisationApi organisation;

	@Test
	void anAdministratorCreatesAnAccountThatCanSignIn() throws Exception {
		String username = "cree-" + UUID.randomUUID().toString().substring(0, 8);

		mvc.perform(post("/admin/accounts").with(csrf()).with(authentication(admin()))
			.param("username", username)
			.param("displayName", "Noémie Créée")
			.param("email", username + "@demo.socle.invalid")
			.param("password", "un-mot-de-passe-long")
			.param("roles", "LEARNER", "TRAINER"))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"));

		var created = accounts.account(identity.personByUsername(username).orElseThrow().id()).orElseThrow();
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
		assertThat(created.enabled()).isTrue();
		mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "un-mot-de-passe-long"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/"));
	}

	@Test
	void badInputIsExplainedInFrenchKeepsWhatWasTypedAndCreatesNothing() throws Exception {
		mvc.perform(post("/admin/accounts").with(csrf()).with(authentication(admin()))
			.param("username", "learner")
			.param("displayName", "Autre Personne")
			.param("email", "pas-une-adresse")
			.param("password", "court")
			// every role box left unchecked: the browser sends only Spring's marker field
			.param("_roles", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cet identifiant est déjà utilisé.")))
			.andExpect(content().string(containsString("Cette adresse de courriel n’est pas valide.")))
			.andExpect(content().string(containsString("Le mot de passe doit faire au moins 12 caractères.")))
			.andExpect(content().string(containsString("Choisissez au moins un rôle.")))
			.andExpect(content().string(containsString("value=\"Autre Personne\"")))
			.andExpect(content().string(not(containsString("value=\"court\""))));

		assertThat(identity.personByUsername("learner").orElseThrow().displayName()).isEqualTo("Camille Martin");
	}

	@Test
	void onlyAdministratorsManageAccounts() throws Exception {
		mvc.perform(get("/admin/accounts").with(authentication(TestPrincipal.of(identity, "manager", Role.MANAGER)
			.authentication()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(authentication(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Camille Martin")));
	}

	@Test
	void anAdministratorPlacesAPersonInAUnit() throws Exception {
		PersonId person = identity.createAccount(new org.socle.identity.NewAccount(
				"place-" + UUID.randomUUID().toString().substring(0, 8), "Personne à placer", null,
				java.util.EnumSet.of(Role.LEARNER), null));
		var unit = organisation.findUnit("ehpad-genets", "Unité de vie Les Bruyères").orElseThrow();

		mvc.perform(post("/admin/people/{id}/memberships", person.value()).with(csrf()).with(authentication(admin()))
			.param("unit", String.valueOf(unit.value()))
			.param("profession", "pas-une-profession")
			.param("startsOn", "2026-01-05"))
			.andExpect(redirectedUrlPattern("/admin/people/*/memberships"));
		assertThat(organisation.placements(List.of(person))).isEmpty();

		mvc.perform(post("/admin/people/{id}/memberships", person.value()).with(csrf()).with(authentication(admin()))
			.param("unit", String.valueOf(unit.value()))
			.param("profession", "aide-soignant")
			.param("startsOn", "2026-01-05"))
			.andExpect(redirectedUrlPattern("/admin/people/*/memberships"));
		assertThat(organisation.placements(List.of(person)).get(person).establishmentName()).isEqualTo("EHPAD Les Genêts");
	}

	private Authentication admin() {
		return TestPrincipal.of(identity, "admin", Role.ADMIN).authentication();
	}

}
