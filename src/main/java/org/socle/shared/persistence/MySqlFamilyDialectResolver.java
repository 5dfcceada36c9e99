package org.socle.shared.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Gives Hibernate the real server when MySQL Connector/J talks to MariaDB. The driver then reports
 * the product "MySQL" with the version "5.5.5-10.11.x-MariaDB" (a prefix MariaDB sends for old
 * clients), and Hibernate would pick a MySQL 5.5 dialect and warn that it is unsupported. For any
 * other server this resolver answers nothing and Hibernate's own resolution applies.
 */
public class MySqlFamilyDialectResolver implements DialectResolver {

	private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

	@Override
	public Dialect resolveDialect(DialectResolutionInfo info) {
		String version = info.getDatabaseVersion();
		if (!"MySQL".equals(info.getDatabaseName()) || version == null) {
			return null;
		}
		Matcher matcher = MARIADB_VERSION.matcher(version);
		if (!matcher.find()) {
			return null;
		}
		return new MariaDBDialect(DatabaseVersion.make(Integer.parseInt(matcher.group(1)),
				Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
	}

}
