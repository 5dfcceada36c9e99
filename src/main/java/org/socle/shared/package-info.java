/**
 * What every module shares: the web frame (layout, locale, error pages), theming and the
 * security baseline. The only open module; it depends on no other.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package org.socle.shared;

import org.springframework.modulith.ApplicationModule;
