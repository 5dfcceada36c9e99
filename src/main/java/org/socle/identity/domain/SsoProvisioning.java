package org.socle.identity.domain;

import java.time.Clock;

import org.socle.identity.IdentityProviderAccount;
import org.socle.identity.PersonSummary;
import org.socle.identity.SignedInThroughSso;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a person at their first sign-in through the identity provider and updates them at each
 * later one. A local account of the same username not yet linked to the provider is linked, so
 * that the demo accounts and existing staff keep their history.
 */
@Service
public class SsoProvisioning {

	private final PersonRepository people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SsoProvisioning(PersonRepository people, ApplicationEventPublisher events, Clock clock) {
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PersonSummary signedIn(IdentityProviderAccount account) {
		Person person = people.findByExternalSubject(account.subject())
			.or(() -> people.findByUsername(account.username()).filter(local -> local.externalSubject() == null))
			.map(existing -> {
				existing.updateFrom(account);
				return existing;
			})
			.orElseGet(() -> people.save(Person.fromIdentityProvider(account, clock.instant())));
		events.publishEvent(new SignedInThroughSso(person.id(), person.roles(), account.regionCode(),
				account.establishmentCode(), account.unitName(), account.professionCode()));
		return person.summary();
	}

	/**
	 * The person an access token speaks for: found by subject without writing anything, or
	 * provisioned once if they call the API before ever signing in to a page.
	 */
	@Transactional
	public PersonSummary personFor(IdentityProviderAccount account) {
		return people.findByExternalSubject(account.subject()).map(Person::summary).orElseGet(() -> signedIn(account));
	}

	/** The username of the person the provider knows by this subject, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> usernameOf(String subject) {
		return people.findByExternalSubject(subject).map(Person::username);
	}

}
