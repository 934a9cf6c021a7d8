package care.tandem.browser;

import care.tandem.crawl.DemoRole;
import care.tandem.crawl.SharedCrawl;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A few headless browsers checking pages side by side, so a gate of hundreds of pages uses both
 * cores. Each worker has its own browser and takes over the shared crawl's session of the viewer
 * whose page it checks. A check's failure is reported by the dynamic test that waits for it.
 */
final class BrowserWorkers implements AutoCloseable {

  private final int port;
  private final boolean javascript;
  private final ExecutorService workers;
  private final List<Browser> started = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Browser> browser = new ThreadLocal<>();
  private final ThreadLocal<DemoRole> viewer = new ThreadLocal<>();

  BrowserWorkers(int port, boolean javascript, int count) {
    this.port = port;
    this.javascript = javascript;
    this.workers =
        Executors.newFixedThreadPool(
            count,
            task -> {
              Thread thread = new Thread(task, "browser-worker");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts the check in the first free browser, signed in as the viewer. */
  Future<?> submit(DemoRole role, Consumer<Browser> check) {
    return workers.submit(() -> check.accept(browserAs(role)));
  }

  /** Waits for a check and rethrows what it threw, so the waiting test fails with its message. */
  static void await(Future<?> check) throws Throwable {
    try {
      check.get();
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private Browser browserAs(DemoRole role) {
    Browser mine = browser.get();
    if (mine == null) {
      mine = Browser.startedFor(port, javascript);
      started.add(mine);
      browser.set(mine);
    }
    if (viewer.get() != role) {
      mine.useSessionOf(SharedCrawl.visitor(port, role));
      viewer.set(role);
    }
    return mine;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    started.forEach(Browser::stop);
  }
}
