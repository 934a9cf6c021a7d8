package care.tandem.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Every page template rendered over real HTTP in this test run, with the kind of viewer and the
 * page's state. Written to {@code target/template-coverage/} when the test run's JVM ends, one file
 * per JVM, so the build can show what the tests saw.
 */
public final class RenderedTemplates {

  static final Path FOLDER = Path.of("target", "template-coverage");

  /** One template rendered for one kind of viewer in one state, during a page gate or not. */
  public record Rendering(String template, ViewerKind viewer, PageState state, String gate) {
    String row() {
      return template + "\t" + viewer.label() + "\t" + state.label() + "\t" + gate;
    }
  }

  /** What the requests are for when no page gate is running. */
  public static final String NO_GATE = "other";

  /** What a browser journey's requests are for. */
  public static final String JOURNEY = "journey";

  /**
   * The request header in which a page gate's or journey's own clients (the shared crawl's
   * visitors, the hostile requests, their browsers) name the gate they work for. Full tests run two
   * at a time, so a page counts for a gate only when its request says so; pages other tests ask for
   * meanwhile count as {@link #NO_GATE}.
   */
  public static final String GATE_CLIENT_HEADER = "X-Tandem-Page-Gate-Client";

  private static final Set<Rendering> RENDERED = ConcurrentHashMap.newKeySet();

  /**
   * The gate each thread works for. A page gate's class sets it on its own thread, and the threads
   * it starts (browser workers, request senders) inherit it, so gates can run side by side.
   */
  private static final InheritableThreadLocal<String> GATE =
      new InheritableThreadLocal<>() {
        @Override
        protected String initialValue() {
          return NO_GATE;
        }
      };

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(RenderedTemplates::write, "template-coverage"));
  }

  private RenderedTemplates() {}

  /** The page gate this thread works for, or {@link #NO_GATE}. */
  public static String gate() {
    return GATE.get();
  }

  public static void gate(String name) {
    GATE.set(name);
  }

  static void record(String template, ViewerKind viewer, PageState state, @Nullable String gate) {
    RENDERED.add(new Rendering(template, viewer, state, gate == null ? NO_GATE : gate));
  }

  /** The gate a test class's browser works for: its page gate, a journey, or none. */
  public static @Nullable String gateOf(Class<?> testClass) {
    PageGate gate = testClass.getAnnotation(PageGate.class);
    if (gate != null) {
      return gate.value();
    }
    return testClass.isAnnotationPresent(Journey.class) ? JOURNEY : null;
  }

  public static Set<Rendering> soFar() {
    return Set.copyOf(RENDERED);
  }

  private static void write() {
    if (RENDERED.isEmpty()) {
      return;
    }
    List<String> rows = RENDERED.stream().map(Rendering::row).sorted().toList();
    try {
      Files.createDirectories(FOLDER);
      String jvm = ManagementFactory.getRuntimeMXBean().getName().replaceAll("[^A-Za-z0-9]", "-");
      Files.write(FOLDER.resolve("rendered-" + jvm + ".tsv"), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
