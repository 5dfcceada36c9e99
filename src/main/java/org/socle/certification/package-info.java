/**
 * Role certifications (référent numérique, formateur interne, veilleur réglementaire): criteria, evidence, issuance, expiry, recertification, revocation, verification and Open Badges. Built in the certification issue.
 *
 * <p>The documents of a certificate are drawn from {@link org.socle.certification.CertificateFacts}: the PDF by
 * {@code document.CertificatePdf}, the signed Open Badges 3.0 credential by {@code credential.OpenBadgeCredentials};
 * the issuer's profile and keys are published by {@code web.IssuerController}.
 */
@ApplicationModule(displayName = "Certification", allowedDependencies = { "shared", "identity", "organisation", "catalog", "learning", "notification", "privacy" })
package org.socle.certification;

import org.springframework.modulith.ApplicationModule;
