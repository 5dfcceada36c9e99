package org.socle.certification;

import java.util.List;

import org.socle.catalog.ModuleDetails.Text;

/**
 * The curricula a certification programme may require, with the modules each requires today. The
 * curriculum module provides them (it knows the curricula of the content and those built in the
 * browser); certification only reads them when an administrator edits a programme.
 */
public interface CertifiableCurricula {

	/** Every curriculum, by French title. */
	List<Offered> offered();

	/**
	 * @param requiredModules the modules the curriculum's current version requires, in its order
	 */
	record Offered(String id, Text title, List<String> requiredModules) {

		public Offered {
			requiredModules = List.copyOf(requiredModules);
		}

	}

}
