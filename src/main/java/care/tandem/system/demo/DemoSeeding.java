package care.tandem.system.demo;

import org.springframework.context.SmartLifecycle;

/**
 * Demo records a module writes once at start, after every bean is ready. The phase orders the
 * modules: demo people first, then what is about them, then the timeline built from both; the web
 * server (a later phase) takes requests only after them unless a seeder asks for the default phase.
 */
public abstract class DemoSeeding implements SmartLifecycle {

  /** The demo people and their teams. */
  public static final int PEOPLE = 0;

  /** The timeline of what happened to the demo people. */
  public static final int TIMELINE = 5;

  /** The directory's demo services, before anything about the people points to them. */
  public static final int DIRECTORY = 5;

  /** Plans, conversations, results and alerts of the demo people. */
  public static final int ABOUT_PEOPLE = 10;

  private final int phase;
  private volatile boolean running;

  protected DemoSeeding(int phase) {
    this.phase = phase;
  }

  /** Writes this module's demo records, leaving alone any already there. */
  protected abstract void seedDemo();

  @Override
  public final void start() {
    seedDemo();
    running = true;
  }

  @Override
  public final void stop() {
    running = false;
  }

  @Override
  public final boolean isRunning() {
    return running;
  }

  @Override
  public final int getPhase() {
    return phase;
  }
}
