package org.socle.catalog.content;

import java.util.List;

import org.socle.catalog.ModuleDetails.Text;

/**
 * A curriculum as read from {@code content/curricula/}: an ordered set of modules, required or
 * optional. Assigned by the curricula issue.
 */
public record CurriculumSource(String id, Text title, Text summary, List<Step> modules) {

	public record Step(String module, boolean required) {
	}

}
