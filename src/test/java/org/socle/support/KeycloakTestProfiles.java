package org.socle.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/** The test database's profiles plus {@code keycloak}, connected to the running test Keycloak. */
public class KeycloakTestProfiles implements ActiveProfilesResolver {

	@Override
	public String[] resolve(Class<?> testClass) {
		List<String> profiles = new ArrayList<>(List.of(new TestDatabase().resolve(testClass)));
		profiles.add("keycloak");
		return profiles.toArray(String[]::new);
	}

	/** Starts Keycloak (once) and points Socle at it. */
	public static class Connection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			KeycloakServer keycloak = KeycloakServer.get();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test-keycloak",
						Map.of("socle.oidc.issuer", keycloak.issuer(), "socle.oidc.client-secret",
								keycloak.clientSecret(), "socle.oidc.client-id", "socle")));
		}

	}

}
