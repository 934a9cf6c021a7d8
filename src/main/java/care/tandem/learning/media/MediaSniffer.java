package care.tandem.learning.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Finds a file's type from its bytes alone (never its name or the type a browser sent), and refuses
 * anything not on the short list, or damaged or cut short, with a reason a person can act on. The
 * containers' own structure is walked where it says how long each part is (MP4 boxes, PNG chunks,
 * Ogg pages, the WebM segment), so a file cut off in the middle is found.
 */
final class MediaSniffer {

  static final String MP4_VIDEO = "video/mp4";
  static final String WEBM = "video/webm";
  static final String MP3 = "audio/mpeg";
  static final String MP4_AUDIO = "audio/mp4";
  static final String OGG = "audio/ogg";
  static final String CAPTIONS = "text/vtt";
  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";
  static final String PDF = "application/pdf";

  static final String WHAT_WE_TAKE =
      "Add a video (MP4 or WebM), audio (MP3, M4A or Ogg), captions (WebVTT), an image (PNG or"
          + " JPEG) or a PDF";

  private MediaSniffer() {}

  /** The type of the file, or a refusal. */
  static String typeOf(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size == 0) {
        throw refused("The file is empty. " + WHAT_WE_TAKE);
      }
      byte[] head = Containers.readAt(channel, 0, 64);
      return typeOf(channel, head, size);
    } catch (IOException e) {
      throw refused("The file could not be read. Try again");
    }
  }

  private static String typeOf(FileChannel channel, byte[] head, long size) throws IOException {
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      Containers.checkPng(channel, size);
      return PNG;
    }
    if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
      Containers.checkEndsWith(channel, size, new byte[] {(byte) 0xFF, (byte) 0xD9}, "image");
      return JPEG;
    }
    if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
      Containers.checkEndsWith(channel, size, "%%EOF".getBytes(StandardCharsets.US_ASCII), "PDF");
      return PDF;
    }
    if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
      return Containers.checkMp4(channel, head, size);
    }
    if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
      Containers.checkWebm(channel, size);
      return WEBM;
    }
    if (startsWith(head, 0, 'O', 'g', 'g', 'S')) {
      Containers.checkOgg(channel, size);
      return OGG;
    }
    if (startsWith(head, 0, 'I', 'D', '3') || Containers.isMp3Frame(head, 0)) {
      Containers.checkMp3(channel, head, size);
      return MP3;
    }
    int text = startsWith(head, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (startsWith(head, text, 'W', 'E', 'B', 'V', 'T', 'T')) {
      checkCaptions(channel, size, text + 6);
      return CAPTIONS;
    }
    throw refused(notAllowed(head, text));
  }

  /** WebVTT: "WEBVTT" then the end, a space, a tab or a line break; UTF-8 text throughout. */
  private static void checkCaptions(FileChannel channel, long size, int afterSignature)
      throws IOException {
    if (size > Integer.MAX_VALUE - 8) {
      throw refused("The captions file is too big");
    }
    byte[] all = Containers.readAt(channel, 0, (int) size);
    if (all.length > afterSignature) {
      byte next = all[afterSignature];
      if (next != ' ' && next != '\t' && next != '\n' && next != '\r') {
        throw refused("The captions file must start with the line WEBVTT");
      }
    }
    for (byte b : all) {
      if (b == 0) {
        throw refused("The captions file is not plain text. Save it as WebVTT (UTF-8) text");
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(all));
    } catch (CharacterCodingException e) {
      throw refused("The captions file is not UTF-8 text. Save it as WebVTT (UTF-8) text");
    }
  }

  /** Why a file of no allowed type is refused, naming the kinds people most often try. */
  private static String notAllowed(byte[] head, int textStart) {
    String start =
        new String(head, textStart, head.length - textStart, StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("<svg") || (start.startsWith("<?xml") && start.contains("<svg"))) {
      return "SVG images cannot be added, because they can carry code. Use a PNG or JPEG image";
    }
    if (start.startsWith("<")) {
      return "Web pages and other HTML or XML files cannot be added. " + WHAT_WE_TAKE;
    }
    if (start.startsWith("#!")
        || startsWith(head, 0, 'M', 'Z')
        || startsWith(head, 0, 0x7F, 'E', 'L', 'F')) {
      return "Programs and scripts cannot be added. " + WHAT_WE_TAKE;
    }
    if (startsWith(head, 0, 'W', 'E', 'B', 'V', 'T', 'T') || start.startsWith("webvtt")) {
      return "The captions file must start with the line WEBVTT";
    }
    return "This type of file cannot be added. " + WHAT_WE_TAKE;
  }

  static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  static MediaRefusedException refused(String reason) {
    return new MediaRefusedException(reason);
  }
}
