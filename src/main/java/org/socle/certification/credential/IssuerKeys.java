package org.socle.certification.credential;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issuer's signing key and the keys it publishes. The key configured in
 * {@code socle.certification.issuer-key} (base64 PKCS#8 Ed25519, from the environment in
 * production) comes first. Without one, a key is generated the first time one is needed and kept
 * in the database, so that every node signs with the same key and the key survives restarts; the
 * embedded default thus works with nothing to configure, at the price of a private key readable by
 * whoever reads the database.
 *
 * <p>Published are the configured key and every stored key, so credentials signed before a key
 * was configured still verify.
 */
@Component
public class IssuerKeys {

	static final String SIGNING = "signing";

	private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final IssuerKey configured;

	private final String slot;

	@Autowired
	IssuerKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${socle.certification.issuer-key:}") String configuredKey) {
		this(jdbc, transactions, clock, configuredKey, SIGNING);
	}

	/** {@code slot}: which stored key this instance signs with; tests race on a slot of their own. */
	IssuerKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, String configuredKey,
			String slot) {
		this.jdbc = jdbc;
		this.ownTransaction = transactions == null ? null : new TransactionTemplate(transactions);
		if (ownTransaction != null) {
			this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		}
		this.clock = clock;
		this.slot = slot;
		// Read at start-up: a malformed key stops Socle with a clear message instead of failing at the first signature.
		this.configured = configuredKey == null || configuredKey.isBlank() ? null : IssuerKey.configured(configuredKey);
	}

	/** The key that signs credentials now. */
	public IssuerKey signingKey() {
		return configured != null ? configured : stored();
	}

	/** The public keys verifiers may need, the signing key first. */
	public List<IssuerKey> publishedKeys() {
		List<IssuerKey> keys = new ArrayList<>();
		if (configured != null) {
			keys.add(configured);
		}
		jdbc.query("select private_key, public_key from issuer_key order by case when slot = ? then 0 else 1 end, created_at",
				(row, index) -> IssuerKey.stored(row.getString(1), row.getString(2)), slot)
			.stream()
			.filter(key -> keys.stream().noneMatch(known -> known.thumbprint().equals(key.thumbprint())))
			.forEach(keys::add);
		return keys;
	}

	/** Finds a published key by its thumbprint. */
	public java.util.Optional<IssuerKey> published(String thumbprint) {
		return publishedKeys().stream().filter(key -> key.thumbprint().equals(thumbprint)).findFirst();
	}

	/**
	 * The stored key of the slot, created if there is none: insert-if-absent, then read back
	 * whichever node's row won. The insert and the read back run in a transaction of their own that
	 * reads nothing before the insert, so that its read sees the winning row even when the caller's
	 * transaction took its snapshot before that row was committed.
	 */
	private IssuerKey stored() {
		List<IssuerKey> existing = read();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		return ownTransaction.execute(status -> {
			IssuerKey candidate = IssuerKey.generate();
			int inserted = jdbc.update("insert ignore into issuer_key (kid, algorithm, public_key, private_key, slot, created_at)"
					+ " values (?, ?, ?, ?, ?, ?)", candidate.thumbprint(), IssuerKey.ALGORITHM, candidate.publicX509(),
					candidate.privatePkcs8(), slot, Timestamp.from(clock.instant()));
			IssuerKey winner = read().stream()
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No issuer key could be stored"));
			if (inserted == 1) {
				log.info("Generated the issuer key {} and stored it in the database; set socle.certification.issuer-key "
						+ "to provide one from the environment instead", winner.thumbprint());
			}
			return winner;
		});
	}

	private List<IssuerKey> read() {
		return jdbc.query("select private_key, public_key from issuer_key where slot = ?",
				(row, index) -> IssuerKey.stored(row.getString(1), row.getString(2)), slot);
	}

}
