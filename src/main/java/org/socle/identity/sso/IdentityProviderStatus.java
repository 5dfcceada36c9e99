package org.socle.identity.sso;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the identity provider answers, asked just before a person is sent to it, so that a
 * provider that is down gives a clear page in Socle rather than a browser error. A positive answer
 * is trusted for a few seconds; a negative one is asked again at the next attempt.
 */
class IdentityProviderStatus {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviderStatus.class);

	private static final Duration TRUSTED_FOR = Duration.ofSeconds(10);

	private final URI discovery;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Instant upUntil = Instant.MIN;

	IdentityProviderStatus(String issuer, Clock clock) {
		this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
		this.clock = clock;
	}

	boolean isUp() {
		if (clock.instant().isBefore(upUntil)) {
			return true;
		}
		try {
			HttpResponse<Void> response = http.send(
					HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() == 200) {
				upUntil = clock.instant().plus(TRUSTED_FOR);
				return true;
			}
			log.warn("Identity provider answered {} at {}", response.statusCode(), discovery);
		}
		catch (java.io.IOException ex) {
			log.warn("Identity provider unreachable at {}: {}", discovery, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

}
