package care.tandem.directory.oruk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Open Referral UK examples and schemas, read from the shared reference copy beside the
 * checkout (OpenReferralUK/uk-profile and openreferral/specification 3.0, Creative Commons
 * licensed; see /work/shared/reference/domain-facts.md E3), so we test against them unchanged.
 */
final class OrukExamples {

  static final Path REFERENCE = Path.of("../shared/reference/oruk");

  private OrukExamples() {}

  static byte[] example(String name) {
    return read(REFERENCE.resolve("examples").resolve(name));
  }

  static Path schema(String name) {
    return REFERENCE.resolve("schema").resolve(name);
  }

  static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
