package org.socle.identity.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Form login against the local account store. Accounts without a password cannot sign in here. */
@Service
class LocalAccountDetailsService implements UserDetailsService {

	private final PersonRepository people;

	private final LoginThrottle throttle;

	LocalAccountDetailsService(PersonRepository people, LoginThrottle throttle) {
		this.people = people;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return people.findByUsername(username)
			.filter(person -> person.passwordHash() != null)
			.map(person -> new LocalAccountUser(person, !throttle.isLocked(username)))
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
	}

}
