package care.tandem.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the identity module's housekeeping, such as forgetting old sign-in attempts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityConfiguration {}
