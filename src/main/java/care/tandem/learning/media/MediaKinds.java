package care.tandem.learning.media;

import java.util.Map;

/** The stored types in words for a page: "Video (MP4)". */
final class MediaKinds {

  private static final Map<String, String> LABELS =
      Map.of(
          MediaSniffer.MP4_VIDEO, "Video (MP4)",
          MediaSniffer.WEBM, "Video (WebM)",
          MediaSniffer.MP3, "Audio (MP3)",
          MediaSniffer.MP4_AUDIO, "Audio (M4A)",
          MediaSniffer.OGG, "Audio (Ogg)",
          MediaSniffer.CAPTIONS, "Captions (WebVTT)",
          MediaSniffer.PNG, "Image (PNG)",
          MediaSniffer.JPEG, "Image (JPEG)",
          MediaSniffer.PDF, "Document (PDF)");

  private MediaKinds() {}

  static String label(String contentType) {
    return LABELS.getOrDefault(contentType, contentType);
  }
}
