package care.tandem.coverage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks a test class as a browser journey: the pages its browser shows count as seen by a journey
 * in the template coverage table. Journeys run in turn with the page gates (a browser keeps a core
 * busy; two browser classes side by side on two cores took longer than one after the other) while
 * the lighter full tests run beside them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.SAME_THREAD)
public @interface Journey {}
