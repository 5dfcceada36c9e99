package org.socle.certification.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the public verification page: a person or a wallet checking a
 * few certificates is never slowed down, while someone trying numbers in bulk is held to a trickle. In
 * memory, per node: an attacker spread over nodes gets a few times the rate, which stays far too slow
 * to find a 60-bit number. Behind a proxy, set {@code server.forward-headers-strategy} so that the
 * client's address is the real one.
 */
@Component
class VerificationRateLimit {

	/** Past this many addresses, the fullest buckets (idle clients) are forgotten. */
	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final double perSecond;

	private final Clock clock;

	VerificationRateLimit(@Value("${socle.verify.burst:20}") int capacity,
			@Value("${socle.verify.per-minute:20}") int perMinute, Clock clock) {
		this.capacity = capacity;
		this.perSecond = perMinute / 60.0;
		this.clock = clock;
	}

	/** @return 0 when the request may go on, otherwise the seconds to wait */
	long take(String client) {
		long now = clock.millis();
		String key = clientKey(client);
		if (buckets.size() > MAX_CLIENTS && !buckets.containsKey(key)) {
			buckets.values().removeIf(bucket -> bucket.full(now));
			if (buckets.size() > MAX_CLIENTS) {
				// Still full of active clients (many addresses at once): newcomers share one bucket, so memory
				// stays bounded and the flood is still limited.
				key = OVERFLOW;
			}
		}
		return buckets.computeIfAbsent(key, any -> new Bucket(capacity, now)).take(now);
	}

	private static final String OVERFLOW = "overflow";

	/**
	 * The client an address stands for: an IPv4 address, or the /64 network of an IPv6 one (a single
	 * subscriber usually holds a whole /64, and could otherwise draw a new address per request).
	 */
	static String clientKey(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return address;
			}
			return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "/64";
		}
		catch (java.net.UnknownHostException ex) {
			return address;
		}
	}

	private final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		synchronized long take(long now) {
			refill(now);
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
		}

		synchronized boolean full(long now) {
			refill(now);
			return tokens >= capacity;
		}

		private void refill(long now) {
			tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) / 1000.0 * perSecond);
			updatedAt = now;
		}

	}

}
