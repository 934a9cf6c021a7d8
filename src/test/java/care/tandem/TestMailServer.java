package care.tandem;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server (GreenMail) for the whole test run, started before the application so its
 * e-mail settings point at it. Full tests run two at a time and the demo sends e-mail too, so a
 * test never purges it: it looks only for e-mail to its own people's addresses.
 */
public final class TestMailServer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static GreenMail server;

  /** The running server, started on first use. */
  public static synchronized GreenMail get() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mail-server-stop"));
    }
    return server;
  }

  /**
   * Every e-mail received whose address contains one of these (a whole address, or an account id
   * that test addresses are made from).
   */
  public static MimeMessage[] receivedBy(String... addressesOrIds) {
    return Arrays.stream(get().getReceivedMessages())
        .filter(message -> Arrays.stream(addressesOrIds).anyMatch(recipient(message)::contains))
        .toArray(MimeMessage[]::new);
  }

  /**
   * Waits up to {@code timeout} until at least {@code count} e-mails have come for these addresses
   * (failing if they do not), and returns what came.
   */
  public static MimeMessage[] awaitReceivedBy(
      int count, Duration timeout, String... addressesOrIds) {
    return await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> receivedBy(addressesOrIds), received -> received.length >= count);
  }

  /** The one address an e-mail was sent to (Tandem's notices have exactly one). */
  public static String recipient(MimeMessage email) {
    try {
      return email.getRecipients(RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    int port = get().getSmtp().getPort();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test-mail-server",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", port)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
