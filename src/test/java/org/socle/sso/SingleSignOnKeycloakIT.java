package org.socle.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.organisation.OrganisationApi;
import org.socle.support.KeycloakLogin;
import org.socle.support.KeycloakServer;
import org.socle.support.SocleWithKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in, provisioning and logging out through a real Keycloak. */
@SocleWithKeycloak
class SingleSignOnKeycloakIT {

	private static final String SOCLE = "http://localhost:" + KeycloakServer.SOCLE_PORT;

	private final KeycloakServer keycloak = KeycloakServer.get();

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aManagerSignsInThroughKeycloakAndGetsTheirMenusAndScope() {
		KeycloakLogin browser = new KeycloakLogin(SOCLE);
		browser.signInToSocle("manager", "socle-demo");

		HttpResponse<String> home = browser.get(SOCLE + "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Sophie Bernard", "href=\"/manage/staff\"");
		HttpResponse<String> staff = browser.get(SOCLE + "/manage/staff");
		assertThat(staff.body()).contains("Centre hospitalier de Kerlann").doesNotContain("Val-de-Lauragais");
	}

	@Test
	void theRppsNumberOfAHealthProfessionalIsKept() {
		new KeycloakLogin(SOCLE).signInToSocle("learner", "socle-demo");

		assertThat(jdbc.queryForObject("select rpps from person where username = 'learner'", String.class))
			.isEqualTo("10000000001");
	}

	@Test
	void aLearnerHasNoManagersMenuAndNoAccessToIt() {
		KeycloakLogin browser = new KeycloakLogin(SOCLE);
		browser.signInToSocle("learner", "socle-demo");

		assertThat(browser.get(SOCLE + "/").body()).contains("Camille Martin").doesNotContain("href=\"/manage/staff\"");
		assertThat(browser.get(SOCLE + "/manage/staff").statusCode()).isEqualTo(403);
	}

	@Test
	void aNewPersonIsProvisionedAtFirstSignInAndAnAttributeThatDisappearsIsEndedNotDeleted() {
		String username = "nouvelle-" + UUID.randomUUID().toString().substring(0, 8);
		keycloak.admin("POST", "/users", """
				{"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Léa", "lastName": "Nouvelle",
				 "email": "%s@demo.socle.invalid",
				 "attributes": {"establishment": ["ch-kerlann"], "unit": ["Urgences"], "profession": ["infirmier"],
				                "region": ["bretagne"]},
				 "credentials": [{"type": "password", "value": "mot-de-passe-essai", "temporary": false}],
				 "realmRoles": []}
				""".formatted(username, username));
		String id = keycloak.admin("GET", "/users?exact=true&username=" + username, null).get(0).get("id").asText();
		keycloak.admin("POST", "/users/" + id + "/role-mappings/realm",
				"[" + keycloak.admin("GET", "/roles/LEARNER", null) + "]");

		new KeycloakLogin(SOCLE).signInToSocle(username, "mot-de-passe-essai");

		PersonId person = identity.personByUsername(username).orElseThrow().id();
		assertThat(identity.person(person).orElseThrow().displayName()).isEqualTo("Léa Nouvelle");
		assertThat(organisation.placements(java.util.List.of(person)).get(person)).satisfies(placement -> {
			assertThat(placement.unitName()).isEqualTo("Urgences");
			assertThat(placement.professionCode()).isEqualTo("infirmier");
		});

		keycloak.admin("PUT", "/users/" + id, """
				{"firstName": "Léa", "lastName": "Nouvelle", "email": "%s@demo.socle.invalid",
				 "attributes": {"region": ["bretagne"]}}
				""".formatted(username));
		new KeycloakLogin(SOCLE).signInToSocle(username, "mot-de-passe-essai");

		assertThat(organisation.placements(java.util.List.of(person))).doesNotContainKey(person);
		assertThat(jdbc.queryForObject("select count(*) from membership where person_id = ? and ends_on is not null",
				Integer.class, person.value())).as("the ended membership is kept").isEqualTo(1);
	}

	@Test
	void backChannelLogoutFromKeycloakEndsTheSocleSessionWithinSeconds() throws InterruptedException {
		KeycloakLogin browser = new KeycloakLogin(SOCLE);
		browser.signInToSocle("trainer", "socle-demo");
		assertThat(browser.get(SOCLE + "/").statusCode()).isEqualTo(200);
		String id = keycloak.admin("GET", "/users?exact=true&username=trainer", null).get(0).get("id").asText();

		keycloak.admin("POST", "/users/" + id + "/logout", null);

		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		int status = 200;
		while (status == 200 && Instant.now().isBefore(deadline)) {
			status = browser.get(SOCLE + "/").statusCode();
			Thread.sleep(200);
		}
		assertThat(status).as("the Socle session no longer opens the dashboard").isEqualTo(302);
	}

	@Test
	void loggingOutOfSocleAlsoEndsTheKeycloakSession() {
		KeycloakLogin browser = new KeycloakLogin(SOCLE);
		browser.signInToSocle("coordinator", "socle-demo");
		HttpResponse<String> home = browser.get(SOCLE + "/");
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(home.body());
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> logout = browser.post(SOCLE + "/logout", "_csrf=" + csrf.group(1));
		String endSession = KeycloakLogin.location(logout);
		assertThat(endSession).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout")
			.contains("id_token_hint=");
		HttpResponse<String> backToSocle = browser.get(endSession);
		assertThat(KeycloakLogin.location(backToSocle)).startsWith(SOCLE + "/login?logout");

		assertThat(browser.get(SOCLE + "/").statusCode()).isEqualTo(302);
		// Keycloak asks for the password again: its session is over too.
		HttpResponse<String> again = browser.get(KeycloakLogin.location(browser.get(SOCLE + "/oauth2/authorization/keycloak")));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("kc-form-login");
	}

}
