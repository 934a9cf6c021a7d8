package care.tandem.directory.oruk;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;

/**
 * What a datapackage zip may unpack to, counted while it is inflated (the sizes a zip declares are
 * whatever its maker wrote): at most {@value #MAXIMUM_ENTRIES} entries, {@value #MAXIMUM_UNPACKED}
 * bytes in all, and no entry inflating more than {@value #MAXIMUM_RATIO} times its packed size once
 * past {@value #RATIO_CHECKED_AFTER} bytes. A zip bomb (say 480 MB of CSV in a 478 KB zip) is
 * refused after inflating about a megabyte.
 */
final class UnpackedLimits {

  static final int MAXIMUM_ENTRIES = 64;
  static final long MAXIMUM_UNPACKED = 100L * 1024 * 1024;
  static final int MAXIMUM_RATIO = 100;
  static final long RATIO_CHECKED_AFTER = 1024 * 1024;

  private int entries;
  private long unpacked;

  void entry() throws Exceeded {
    if (++entries > MAXIMUM_ENTRIES) {
      throw new Exceeded("holds more than " + MAXIMUM_ENTRIES + " files");
    }
  }

  /**
   * The current entry's content (empty unless {@code keep}), read from {@code in} while {@code
   * packed} counts its source.
   */
  byte[] unpack(InputStream in, CountingInput packed, boolean keep) throws IOException {
    long packedAtStart = packed.count();
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long entrySize = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      entrySize += read;
      unpacked += read;
      if (unpacked > MAXIMUM_UNPACKED) {
        throw new Exceeded(
            "unpacks to more than " + MAXIMUM_UNPACKED / 1024 / 1024 + " MB of files");
      }
      long packedSize = Math.max(1, packed.count() - packedAtStart);
      if (entrySize > RATIO_CHECKED_AFTER && entrySize / packedSize > MAXIMUM_RATIO) {
        throw new Exceeded(
            "holds a file that unpacks to more than "
                + MAXIMUM_RATIO
                + " times its packed size, which real data does not");
      }
      if (keep) {
        content.write(buffer, 0, read);
      }
    }
    return content.toByteArray();
  }

  /** A zip over one of the limits: the import report's words for it. */
  static final class Exceeded extends IOException {

    @Serial private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message);
    }
  }

  /** Counts the packed bytes the zip reader has taken from its source. */
  static final class CountingInput extends FilterInputStream {

    private long count;

    CountingInput(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
