package org.socle.certification.domain;

import java.time.LocalDate;
import java.util.List;

import org.socle.certification.CertificateState;
import org.socle.notification.Notification;
import org.socle.notification.NotificationApi;
import org.socle.shared.scheduling.ScheduledRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells holders, once a day across nodes ({@link ScheduledRuns}), that their certificate is expiring
 * (within 90 days or in its recertification window) and, once past its expiry date, that it is in its
 * grace period. Each reminder has its own key ({@code certificate:<number>:expiring}), so it is sent once
 * even when a run is taken over; a certificate already renewed or revoked is left alone.
 */
@Component
public class ExpiryReminders {

	private final Certificates certificates;

	private final ProgrammeVersions programmes;

	private final NotificationApi notifications;

	private final ScheduledRuns runs;

	private final TransactionTemplate transaction;

	ExpiryReminders(Certificates certificates, ProgrammeVersions programmes, NotificationApi notifications,
			ScheduledRuns runs, TransactionTemplate transaction) {
		this.certificates = certificates;
		this.programmes = programmes;
		this.notifications = notifications;
		this.runs = runs;
		this.transaction = transaction;
	}

	@Scheduled(fixedDelayString = "${socle.reminders.check-delay:PT15M}", initialDelayString = "PT2M")
	void scheduled() {
		runDue();
	}

	/** Runs today's reminders unless this node or another already did. */
	public void runDue() {
		LocalDate today = certificates.today();
		runs.runOnce("certificate-expiry", today.toString(), () -> remind(today));
	}

	/** @return how many reminders were created */
	public int remind(LocalDate today) {
		int longestWindowMonths = programmes.current().stream().mapToInt(Programme::windowMonths).max().orElse(0);
		LocalDate horizon = today.plusDays(CertificateDates.EXPIRING_DAYS).plusMonths(longestWindowMonths);
		// Two years back: a grace period is 24 months at most (content format and administrators' form alike).
		List<Certificates.Certificate> candidates = certificates.latestExpiringBetween(today.minusYears(2), horizon);
		java.util.Map<Long, Programme> versions = programmes.byIds(candidates.stream()
			.map(Certificates.Certificate::programmeVersionId)
			.toList());
		int created = 0;
		for (Certificates.Certificate certificate : candidates) {
			if (certificate.stateOn(today) != CertificateState.EXPIRING) {
				continue;
			}
			var programme = versions.get(certificate.programmeVersionId()).title();
			Notification.Bilingual title = new Notification.Bilingual(programme.fr(), programme.en());
			boolean inGrace = today.isAfter(certificate.dates().expiresOn());
			String stage = inGrace ? "grace" : "expiring";
			Notification reminder = new Notification("certificate:" + certificate.number() + ":" + stage,
					certificate.holder(), "notice.certificate." + stage,
					List.of(title, certificate.dates().expiresOn().toString(), certificate.dates().graceEndsOn().toString()),
					"/certifications/" + certificate.programmeSlug());
			if (Boolean.TRUE.equals(transaction.execute(status -> notifications.notify(reminder)))) {
				created++;
			}
		}
		return created;
	}

}
