package org.socle.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class MySqlFamilyDialectResolverTest {

	private final MySqlFamilyDialectResolver resolver = new MySqlFamilyDialectResolver();

	@Test
	void readsTheRealMariaDbVersionBehindTheCompatibilityPrefix() {
		Dialect dialect = resolver.resolveDialect(info("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1"));

		assertThat(dialect).isInstanceOf(MariaDBDialect.class);
		assertThat(dialect.getVersion().isSameOrAfter(10, 11)).isTrue();
		assertThat(dialect.getVersion().isBefore(10, 12)).isTrue();
	}

	@Test
	void leavesRealMySqlAndOtherDatabasesToHibernate() {
		assertThat(resolver.resolveDialect(info("MySQL", "8.4.3"))).isNull();
		assertThat(resolver.resolveDialect(info("H2", "2.3.232 (2024-08-11)"))).isNull();
	}

	private static DialectResolutionInfo info(String product, String version) {
		return new DialectResolutionInfo() {

			@Override
			public String getDatabaseName() {
				return product;
			}

			@Override
			public String getDatabaseVersion() {
				return version;
			}

			@Override
			public String getDriverName() {
				return "MySQL Connector/J";
			}

			@Override
			public int getDriverMajorVersion() {
				return 9;
			}

			@Override
			public int getDriverMinorVersion() {
				return 0;
			}

			@Override
			public String getSQLKeywords() {
				return "";
			}

			@Override
			public int getDatabaseMajorVersion() {
				return 5;
			}

			@Override
			public int getDatabaseMinorVersion() {
				return 5;
			}

			@Override
			public int getDatabaseMicroVersion() {
				return 5;
			}

		};
	}

}
