package org.socle.shared.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic work (reminders, mail) runs on every node; {@link ScheduledRuns} makes each period's run
 * happen once. Tests turn it off ({@code socle.scheduling.enabled=false}) and call the tasks themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "socle.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
