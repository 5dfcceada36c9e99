package org.socle.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.socle.catalog.content.ContentProblem;

/**
 * A draft as its author or a reviewer sees it: its files, what the importer would say of them, and
 * its review history.
 *
 * @param title        the French title read from module.yml, or the slug while it cannot be read
 * @param lockVersion  changes at every change: forms send it back so that nobody overwrites unseen work
 * @param media        paths of its images and documents ({@code media/name.ext})
 * @param lessons      lesson files in the order module.yml gives, with their English file where written
 * @param problems     what stops it being submitted (file relative to the module folder, line, message)
 */
public record DraftView(long id, String slug, String title, DraftState state, long authorId, Instant updatedAt,
		long lockVersion, boolean revision, Map<String, String> files, List<String> media, List<LessonFiles> lessons,
		List<ContentProblem> problems, List<Transition> history) {

	/** A lesson's French file and, where written, its English file. */
	public record LessonFiles(String slug, String titleFr, String french, String english) {
	}

	/** One step of the review. */
	public record Transition(DraftState from, DraftState to, long actorId, Instant at, String comment) {
	}

	public boolean valid() {
		return problems.isEmpty();
	}

	/** The comment of the last request for changes, which the author has to act on. */
	public String lastRequest() {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).to() == DraftState.CHANGES_REQUESTED) {
				return history.get(i).comment();
			}
		}
		return null;
	}

}
