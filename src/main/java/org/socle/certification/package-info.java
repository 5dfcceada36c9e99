/**
 * Role certifications (référent numérique, formateur interne, veilleur réglementaire): criteria, evidence, issuance, expiry, recertification, revocation, verification and Open Badges. Built in the certification issue.
 */
@ApplicationModule(displayName = "Certification", allowedDependencies = { "shared", "identity", "organisation", "catalog", "learning", "curriculum" })
package org.socle.certification;

import org.springframework.modulith.ApplicationModule;
