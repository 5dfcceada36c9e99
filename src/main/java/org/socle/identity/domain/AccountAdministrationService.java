package org.socle.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socle.identity.AccountAdministration;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountAdministrationService implements AccountAdministration {

	private final PersonRepository people;

	private final SessionTermination sessions;

	AccountAdministrationService(PersonRepository people, SessionTermination sessions) {
		this.people = people;
		this.sessions = sessions;
	}

	@Override
	public List<AccountView> accounts(int limit) {
		return people.findAllByOrderByDisplayNameAsc(Limit.of(limit)).stream().map(AccountAdministrationService::view).toList();
	}

	@Override
	public Optional<AccountView> account(PersonId id) {
		return people.findById(id.value()).map(AccountAdministrationService::view);
	}

	@Override
	@Transactional
	public void changeRoles(PersonId id, Set<Role> roles) {
		Person person = person(id);
		person.changeRoles(roles);
		// Open sessions carry the old roles: the person signs in again and gets the new ones.
		sessions.endSessionsOf(person.username());
	}

	@Override
	@Transactional
	public void disable(PersonId id) {
		Person person = person(id);
		person.disable();
		sessions.endSessionsOf(person.username());
	}

	@Override
	@Transactional
	public void enable(PersonId id) {
		person(id).enable();
	}

	private Person person(PersonId id) {
		return people.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No person " + id));
	}

	private static AccountView view(Person person) {
		return new AccountView(person.id(), person.username(), person.displayName(), person.email(), person.rpps(),
				person.roles(),
				person.enabled(), person.externalSubject() != null);
	}

}
