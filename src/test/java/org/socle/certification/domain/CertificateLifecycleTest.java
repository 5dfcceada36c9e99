package org.socle.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.socle.certification.CertificateState;

/** The states of a certificate follow from its dates and the day it is looked at. */
class CertificateLifecycleTest {

	private final CertificateDates dates = CertificateDates.of(CertificationCriteriaTest.REFERENT,
			LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15));

	@Test
	void aCertificateLastsItsValidityWithItsWindowBeforeAndItsGraceAfter() {
		assertThat(dates.expiresOn()).isEqualTo(LocalDate.of(2029, 1, 14));
		assertThat(dates.windowOpensOn()).isEqualTo(LocalDate.of(2028, 7, 15));
		assertThat(dates.graceEndsOn()).isEqualTo(LocalDate.of(2029, 4, 14));
	}

	@Test
	void activeThenExpiringInItsWindowThenExpiredAfterItsGrace() {
		assertThat(dates.stateOn(LocalDate.of(2026, 1, 15), false)).isEqualTo(CertificateState.ACTIVE);
		assertThat(dates.stateOn(LocalDate.of(2028, 7, 14), false)).isEqualTo(CertificateState.ACTIVE);
		assertThat(dates.stateOn(LocalDate.of(2028, 7, 15), false)).isEqualTo(CertificateState.EXPIRING);
		assertThat(dates.stateOn(LocalDate.of(2029, 1, 14), false)).isEqualTo(CertificateState.EXPIRING);
		assertThat(dates.stateOn(LocalDate.of(2029, 4, 14), false)).isEqualTo(CertificateState.EXPIRING);
		assertThat(dates.stateOn(LocalDate.of(2029, 4, 15), false)).isEqualTo(CertificateState.EXPIRED);
	}

	@Test
	void withoutARecertificationWindowACertificateIsExpiringInItsLastNinetyDays() {
		Programme noWindow = new Programme(1, "p", 1, "formateur-interne", CertificationCriteriaTest.REFERENT.title(), null,
				java.util.List.of(), java.util.List.of(), java.util.List.of(), 12, 0, 0, null);
		CertificateDates short_ = CertificateDates.of(noWindow, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));

		assertThat(short_.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(short_.stateOn(LocalDate.of(2026, 10, 2), false)).isEqualTo(CertificateState.ACTIVE);
		assertThat(short_.stateOn(LocalDate.of(2026, 10, 3), false)).isEqualTo(CertificateState.EXPIRING);
		assertThat(short_.stateOn(LocalDate.of(2027, 1, 1), false)).isEqualTo(CertificateState.EXPIRED);
		// no window and no grace: no shorter path, the full one again after expiry
		assertThat(short_.renewalOpenOn(LocalDate.of(2026, 12, 31))).isFalse();
	}

	@Test
	void aRevokedCertificateIsRevokedWhateverItsDates() {
		assertThat(dates.stateOn(LocalDate.of(2026, 2, 1), true)).isEqualTo(CertificateState.REVOKED);
		assertThat(dates.stateOn(LocalDate.of(2030, 2, 1), true)).isEqualTo(CertificateState.REVOKED);
	}

}
