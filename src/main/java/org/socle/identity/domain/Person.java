package org.socle.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.socle.identity.IdentityProviderAccount;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.Role;

@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(length = 254)
	private String email;

	/** Null for people who sign in only through single sign-on. */
	@Column(name = "password_hash", length = 200)
	private String passwordHash;

	/** The identity provider's stable subject, for people who sign in through single sign-on. */
	@Column(name = "external_subject", unique = true, length = 255)
	private String externalSubject;

	/** RPPS number of a health professional, when known. */
	@Column(length = 20, unique = true)
	private String rpps;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Person() {
	}

	Person(String username, String displayName, String email, String passwordHash, Set<Role> roles, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = now;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	static Person staffMember(String username, String displayName, String email, String rpps, Instant now) {
		Person person = new Person(username, displayName, email, null, Set.of(Role.LEARNER), now);
		person.rpps = rpps;
		return person;
	}

	static Person fromIdentityProvider(IdentityProviderAccount account, Instant now) {
		Person person = new Person(account.username(), account.displayName(), account.email(), null, account.roles(),
				now);
		person.externalSubject = account.subject();
		person.rpps = account.rppsNumber();
		return person;
	}

	/** What the identity provider says now replaces what it said before; the local password is kept. */
	void updateFrom(IdentityProviderAccount account) {
		this.externalSubject = account.subject();
		this.displayName = account.displayName();
		this.email = account.email();
		if (account.rppsNumber() != null) {
			this.rpps = account.rppsNumber();
		}
		this.roles.clear();
		this.roles.addAll(account.roles());
	}

	void changeRoles(Set<Role> newRoles) {
		roles.clear();
		roles.addAll(newRoles);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	String rpps() {
		return rpps;
	}

	String email() {
		return email;
	}

	String externalSubject() {
		return externalSubject;
	}

	PersonId id() {
		return PersonId.of(id);
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	Set<Role> roles() {
		return Set.copyOf(roles);
	}

	PersonSummary summary() {
		return new PersonSummary(id(), username, displayName);
	}

}
