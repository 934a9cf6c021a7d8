package care.tandem;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Knows, from the test plan, which classes marked {@link ReadsTheDemoAsShipped} this run holds and
 * which have finished, so a page gate running beside them can wait until the demo content has been
 * read as it ships before its crawl reads messages and sends forms. A run without such classes
 * waits for nothing. Registered through {@code META-INF/services}.
 */
public final class DemoReaders implements TestExecutionListener {

  private static final Set<String> STILL_TO_FINISH = ConcurrentHashMap.newKeySet();

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    plan.getRoots().stream()
        .flatMap(root -> plan.getDescendants(root).stream())
        .filter(DemoReaders::isReader)
        .forEach(reader -> STILL_TO_FINISH.add(reader.getUniqueId()));
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    finished(identifier);
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    finished(identifier);
  }

  /** Waits until every demo reader in this run has finished. */
  public static void awaitAll() {
    synchronized (STILL_TO_FINISH) {
      while (!STILL_TO_FINISH.isEmpty()) {
        try {
          STILL_TO_FINISH.wait(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted waiting for the demo readers", e);
        }
      }
    }
  }

  private static void finished(TestIdentifier identifier) {
    if (STILL_TO_FINISH.remove(identifier.getUniqueId())) {
      synchronized (STILL_TO_FINISH) {
        STILL_TO_FINISH.notifyAll();
      }
    }
  }

  private static boolean isReader(TestIdentifier identifier) {
    return identifier
        .getSource()
        .filter(ClassSource.class::isInstance)
        .map(source -> ((ClassSource) source).getJavaClass())
        .filter(type -> type.isAnnotationPresent(ReadsTheDemoAsShipped.class))
        .isPresent();
  }
}
