package care.tandem.directory.oruk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips that unpack to far more than they weigh, made row by row so the test never holds the
 * unpacked size: a {@code services.csv} of the given size in a zip of a few hundred kilobytes.
 */
final class ZipBombs {

  private ZipBombs() {}

  /**
   * The zip bomb of issue 12: a 480 MB {@code services.csv} (one field of the same letter) in a zip
   * of about 478 KB. Deflating it takes seconds, so it is made once per build, under target/.
   */
  static byte[] bomb480Megabytes() throws IOException {
    Path made = Path.of("target", "test-zips", "bomb-480mb.zip");
    if (!Files.exists(made)) {
      Files.createDirectories(made.getParent());
      Path partial = Files.createTempFile(made.getParent(), "bomb", ".part");
      Files.write(partial, servicesCsv(480L * 1024 * 1024));
      Files.move(
          partial, made, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return Files.readAllBytes(made);
  }

  static byte[] servicesCsv(long unpackedBytes) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      out.putNextEntry(new ZipEntry("services.csv"));
      out.write("id,name,description\nx,y,".getBytes(StandardCharsets.UTF_8));
      byte[] letters = new byte[1024 * 1024];
      Arrays.fill(letters, (byte) 'a');
      for (long written = 0; written < unpackedBytes; written += letters.length) {
        out.write(letters);
      }
      out.closeEntry();
    }
    return zip.toByteArray();
  }

  /** Real-looking data past the point where the ratio is checked: each row different. */
  static byte[] ordinaryServicesCsv(int rows) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("services.csv"));
      out.write("id,name,description\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < rows; i++) {
        out.write(
            (UUID.randomUUID() + ",Service " + i + "," + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.closeEntry();
    }
    return zip.toByteArray();
  }

  static byte[] manyEntries(int entries) throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (int i = 0; i < entries; i++) {
        out.putNextEntry(new ZipEntry("extra-" + i + ".csv"));
        out.write("id\n".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip.toByteArray();
  }
}
