package care.tandem.coverage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks a test class as a page gate: the pages its own clients (the shared crawl's visitors, test
 * browsers) ask for while it runs are counted as checked by this gate in the template coverage
 * table. Page gates run one after another in their order, while other full tests run beside them; a
 * gate may say it runs beside the others ({@code @Execution(CONCURRENT)} on its class). Each thread
 * knows the gate it works for, so two gates at once are told apart.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PageGate.During.class)
@Execution(ExecutionMode.SAME_THREAD)
public @interface PageGate {

  /** The gate's short name in the coverage table, such as "axe". */
  String value();

  /** Sets the gate for the class's lifetime. */
  class During implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      RenderedTemplates.gate(context.getRequiredTestClass().getAnnotation(PageGate.class).value());
    }

    @Override
    public void afterAll(ExtensionContext context) {
      RenderedTemplates.gate(RenderedTemplates.NO_GATE);
    }
  }
}
