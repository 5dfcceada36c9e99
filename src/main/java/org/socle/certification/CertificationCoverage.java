package org.socle.certification;

import java.time.LocalDate;
import java.util.List;

import org.socle.identity.PersonId;

/**
 * How well an establishment's certified roles are covered: for each programme (role), how many of its
 * current staff hold a valid certificate, and who among them expires within 90 days.
 */
public record CertificationCoverage(long establishmentId, List<RoleCoverage> roles) {

	public CertificationCoverage {
		roles = List.copyOf(roles);
	}

	/**
	 * @param active   staff holding a valid (active or expiring) certificate of the programme
	 * @param expiring those of them whose certificate expires within 90 days (or is in its grace period), soonest first
	 */
	public record RoleCoverage(String programme, String role, String titleFr, String titleEn, int active,
			List<Expiring> expiring) {

		public RoleCoverage {
			expiring = List.copyOf(expiring);
		}

	}

	public record Expiring(PersonId person, String name, String number, LocalDate expiresOn) {
	}

}
