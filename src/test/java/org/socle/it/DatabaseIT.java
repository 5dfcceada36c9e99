package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migrations run on the database the tests were pointed at, and Hibernate knows which server
 * it really is.
 */
@SocleIntegrationTest
class DatabaseIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void runsOnTheDatabaseTheTestsWerePointedAt() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			if (TestDatabase.mysqlFamily()) {
				assertThat(metaData.getDatabaseProductName()).isEqualTo("MySQL");
				assertThat(metaData.getURL()).startsWith("jdbc:mysql:");
			}
			else {
				assertThat(metaData.getDatabaseProductName()).isEqualTo("H2");
			}
		}
	}

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] applied = flyway.info().applied();
		assertThat(applied).isNotEmpty().allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void hibernateKnowsTheRealServerVersion() throws SQLException {
		Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
		if (!TestDatabase.mysqlFamily()) {
			assertThat(dialect).isInstanceOf(H2Dialect.class);
			return;
		}
		assertThat(dialect).isInstanceOf(MySQLDialect.class);
		try (Connection connection = dataSource.getConnection()) {
			String version = connection.getMetaData().getDatabaseProductVersion();
			// MariaDB behind Connector/J announces itself as 5.5.5; Hibernate must see 10.x, not 5.5.
			assertThat(dialect.getVersion().isSameOrAfter(8)).as("dialect version for server %s", version).isTrue();
		}
	}

}
