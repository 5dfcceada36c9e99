/**
 * Mail over SMTP and in-app messages, sent by a durable scheduler. Built with the reminders of the curricula issue.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = { "shared", "identity" })
package org.socle.notification;

import org.springframework.modulith.ApplicationModule;
