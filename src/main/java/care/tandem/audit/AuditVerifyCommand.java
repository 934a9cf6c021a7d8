package care.tandem.audit;

import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tandem.jar --tandem.audit.verify}: checks the audit chain, prints the result and
 * exits with status 0 when it is unbroken and 1 when it is not. Runs before any other start-up task
 * and serves no web pages (see {@link AuditVerifyCommandSettings}). It writes nothing, so it can
 * check a read-only replica.
 */
@Component
@ConditionalOnProperty(AuditVerifyCommand.SWITCH)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

  static final String SWITCH = "tandem.audit.verify";

  private final AuditChainVerifier verifier;
  private final PrintStream out;
  private final IntConsumer exit;

  @Autowired
  AuditVerifyCommand(AuditChainVerifier verifier, ConfigurableApplicationContext context) {
    this(
        verifier, System.out, status -> System.exit(SpringApplication.exit(context, () -> status)));
  }

  AuditVerifyCommand(AuditChainVerifier verifier, PrintStream out, IntConsumer exit) {
    this.verifier = verifier;
    this.out = out;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    ChainVerification result = verifier.verify();
    out.println(result.summary());
    out.flush();
    exit.accept(result.intact() ? 0 : 1);
  }
}
