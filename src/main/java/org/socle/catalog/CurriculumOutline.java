package org.socle.catalog;

import java.util.List;

import org.socle.catalog.ModuleDetails.Text;

/** A curriculum as written in {@code content/curricula/}: an ordered set of modules, required or optional. */
public record CurriculumOutline(String id, Text title, Text summary, List<Step> steps) {

	public record Step(String module, boolean required) {
	}

}
