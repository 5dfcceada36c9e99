package org.socle.shared.scheduling;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Names for a node of Socle in the rows it claims (scheduled runs, mails being sent): the process
 * (pid@host) and a random part, so that two instances in one process, or a restarted node, never pass
 * for each other.
 */
public final class NodeNames {

	private NodeNames() {
	}

	public static String newName() {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
