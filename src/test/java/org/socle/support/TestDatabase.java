package org.socle.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the integration tests: the MySQL-family server named by
 * {@code SOCLE_TEST_DB_URL} when it is set (as in CI, against MariaDB), otherwise in-memory H2.
 */
public class TestDatabase implements ActiveProfilesResolver {

	public static final String URL_VARIABLE = "SOCLE_TEST_DB_URL";

	public static boolean mysqlFamily() {
		String url = System.getenv(URL_VARIABLE);
		return url != null && !url.isBlank();
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return mysqlFamily() ? new String[] { "it", "mysql" } : new String[] { "it", "it-h2" };
	}

}
