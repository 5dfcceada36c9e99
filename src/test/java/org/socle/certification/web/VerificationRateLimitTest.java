package org.socle.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class VerificationRateLimitTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void anIpv6SubscriberIsOneClientWhateverAddressOfTheirNetworkTheyUse() {
		VerificationRateLimit limit = new VerificationRateLimit(1, 1, clock);
		assertThat(limit.take("2001:db8:1:2::1")).isZero();
		assertThat(limit.take("2001:db8:1:2:ffff::9")).as("same /64").isPositive();
		assertThat(limit.take("2001:db8:1:3::1")).as("another /64").isZero();
		assertThat(limit.take("192.0.2.1")).isZero();
		assertThat(limit.take("192.0.2.2")).as("IPv4 addresses are clients of their own").isZero();
		assertThat(limit.take("192.0.2.1")).isPositive();
	}

	@Test
	void whenTooManyClientsAreActiveAtOnceNewcomersShareOneBucket() {
		VerificationRateLimit limit = new VerificationRateLimit(1, 1, clock);
		for (int i = 0; i <= 10_000; i++) {
			assertThat(limit.take("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))).isZero();
		}
		assertThat(limit.take("198.51.100.1")).isZero();
		assertThat(limit.take("198.51.100.2")).as("the shared bucket is spent").isPositive();
		assertThat(limit.take("10.0.0.0")).as("a known client keeps its own bucket").isPositive();
	}

}
