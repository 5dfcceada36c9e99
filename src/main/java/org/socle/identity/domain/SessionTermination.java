package org.socle.identity.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * Ends every session of a person, on every node (sessions live in the database): used when the
 * identity provider logs them out and when an administrator disables their account.
 */
@Service
public class SessionTermination {

	private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** @return how many sessions were ended */
	public int endSessionsOf(String username) {
		var found = sessions.findByPrincipalName(username);
		found.keySet().forEach(sessions::deleteById);
		if (!found.isEmpty()) {
			log.info("Ended {} session(s) of {}", found.size(), username);
		}
		return found.size();
	}

}
