/**
 * The course catalogue: modules and their immutable versions, lessons, and the import of content
 * written as files in {@code content/}.
 */
@ApplicationModule(displayName = "Catalogue", allowedDependencies = { "shared", "identity" })
package org.socle.catalog;

import org.springframework.modulith.ApplicationModule;
