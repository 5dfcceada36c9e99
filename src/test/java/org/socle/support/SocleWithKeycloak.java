package org.socle.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Socle with single sign-on against the real Keycloak of {@link KeycloakServer}, listening on
 * {@link KeycloakServer#SOCLE_PORT} (the realm's redirect and back-channel URIs name it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = "server.port=" + KeycloakServer.SOCLE_PORT)
@ActiveProfiles(resolver = KeycloakTestProfiles.class)
@ContextConfiguration(initializers = KeycloakTestProfiles.Connection.class)
public @interface SocleWithKeycloak {
}
