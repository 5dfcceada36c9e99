package org.socle.identity.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IdentityService implements IdentityApi {

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	IdentityService(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public Optional<PersonSummary> person(PersonId id) {
		return people.findById(id.value()).map(Person::summary);
	}

	@Override
	public Map<PersonId, PersonSummary> people(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return people.findSummaries(ids.stream().map(PersonId::value).distinct().toList())
			.stream()
			.map(PersonRow::summary)
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
	}

	@Override
	public Map<PersonId, String> emails(Collection<PersonId> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		return this.people.findEmails(people.stream().map(PersonId::value).distinct().toList())
			.stream()
			.collect(Collectors.toMap(row -> PersonId.of(((Number) row[0]).longValue()), row -> (String) row[1]));
	}

	@Override
	public java.util.Set<PersonId> withRole(org.socle.identity.Role role, Collection<PersonId> among) {
		if (among.isEmpty()) {
			return java.util.Set.of();
		}
		List<Long> ids = among.stream().map(PersonId::value).distinct().toList();
		java.util.Set<PersonId> holders = new java.util.HashSet<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			people.findIdsWithRole(role, ids.subList(from, Math.min(ids.size(), from + 1000)))
				.forEach(id -> holders.add(PersonId.of(id)));
		}
		return holders;
	}

	@Override
	public Optional<PersonSummary> personByUsername(String username) {
		return people.findByUsername(username).map(Person::summary);
	}

	@Override
	public Optional<PersonSummary> personByRppsOrEmail(String rpps, String email) {
		Optional<Person> byRpps = rpps == null || rpps.isBlank() ? Optional.empty() : people.findByRpps(rpps.strip());
		return byRpps.or(() -> email == null || email.isBlank() ? Optional.empty()
				: people.findFirstByEmailIgnoreCase(email.strip()))
			.map(Person::summary);
	}

	@Override
	@Transactional
	public PersonId createStaffMember(String displayName, String email, String rpps) {
		String base = email != null && !email.isBlank() ? email.strip().toLowerCase(java.util.Locale.ROOT)
				: "rpps-" + rpps;
		String username = base;
		for (int i = 2; people.existsByUsername(username); i++) {
			username = base + "-" + i;
		}
		return people.save(Person.staffMember(username, displayName, email == null || email.isBlank() ? null : email.strip(),
				rpps == null || rpps.isBlank() ? null : rpps.strip(), clock.instant())).id();
	}

	@Override
	@Transactional
	public PersonId createAccount(NewAccount account) {
		String hash = account.password() == null ? null : passwordEncoder.encode(account.password());
		try {
			return people.save(new Person(account.username(), account.displayName(), account.email(), hash,
					account.roles(), clock.instant()))
				.id();
		}
		catch (DataIntegrityViolationException ex) {
			throw new IllegalArgumentException("Username already taken: " + account.username(), ex);
		}
	}

}
