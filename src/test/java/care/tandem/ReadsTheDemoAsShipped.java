package care.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks a test class that reads the demo content as it ships (messages still unread, plans as
 * written), so it runs before anything that changes it: first among the classes run in order, and
 * page gates that run beside that order wait for it ({@link DemoReaders#awaitAll()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Order(0)
@Execution(ExecutionMode.SAME_THREAD)
public @interface ReadsTheDemoAsShipped {}
