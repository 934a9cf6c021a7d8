package care.tandem.coverage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class as a browser journey: the pages its browser shows count as seen by a journey
 * in the template coverage table. Unlike the page gates, journeys run beside other full tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Journey {}
