package care.tandem.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every instrument this deployment can ask, read once at start-up from the files shipped in {@code
 * src/main/resources/measures} and, when {@code tandem.measures.pack-dir} is set, from the
 * deployer's licensed pack in that folder. Any fault in any file stops start-up with a message
 * naming the file and the field: a questionnaire that scores wrongly is worse than none.
 */
@Component
class InstrumentLibrary implements Instruments {

  static final String SHIPPED = "measures/";
  static final String QUESTIONNAIRE = ".questionnaire.json";
  static final String SCORING = ".scoring.json";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private static final Logger log = LoggerFactory.getLogger(InstrumentLibrary.class);

  private final Map<String, Instrument> byId;
  private final List<Instrument> ordered;

  @Autowired
  InstrumentLibrary(@Value("${tandem.measures.pack-dir:}") String packDir) {
    this(packDir.isBlank() ? null : Path.of(packDir.strip()));
  }

  /** Reads the shipped instruments and those in the pack folder, if there is one. */
  InstrumentLibrary(@Nullable Path packDir) {
    Map<String, Instrument> read = new LinkedHashMap<>();
    for (String id : shippedIds()) {
      add(read, read(id, resource(id + QUESTIONNAIRE), resource(id + SCORING)));
    }
    if (packDir != null) {
      for (String id : packIds(packDir)) {
        add(
            read,
            read(
                id,
                file(packDir.resolve(id + QUESTIONNAIRE)),
                file(packDir.resolve(id + SCORING))));
      }
    }
    this.byId = Map.copyOf(read);
    this.ordered = List.copyOf(read.values());
    log.info(
        "Instruments ready: {}{}",
        String.join(", ", read.keySet()),
        packDir == null ? " (no licensed pack set)" : " (licensed pack: " + packDir + ")");
  }

  @Override
  public List<Instrument> all() {
    return ordered;
  }

  @Override
  public Optional<Instrument> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static Instrument read(String id, String questionnaire, String scoring) {
    QuestionnaireReader.Read read = QuestionnaireReader.read(id, id + QUESTIONNAIRE, questionnaire);
    return ScoringDefinitionReader.read(read, id + SCORING, scoring);
  }

  private static void add(Map<String, Instrument> read, Instrument instrument) {
    if (read.putIfAbsent(instrument.id(), instrument) != null) {
      throw new InstrumentFileException(
          instrument.id()
              + QUESTIONNAIRE
              + ": id: "
              + instrument.id()
              + " is already used by another instrument (ids must be unique across shipped and"
              + " pack)");
    }
  }

  private static List<String> shippedIds() {
    return resource("shipped.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static List<String> packIds(Path packDir) {
    if (!Files.isDirectory(packDir)) {
      throw new InstrumentFileException(
          "tandem.measures.pack-dir: " + packDir + " is not a folder Tandem can read");
    }
    TreeSet<String> questionnaires = new TreeSet<>();
    TreeSet<String> scorings = new TreeSet<>();
    try (Stream<Path> files = Files.list(packDir)) {
      for (Path path : files.toList()) {
        String name = path.getFileName().toString();
        if (name.endsWith(QUESTIONNAIRE)) {
          questionnaires.add(name.substring(0, name.length() - QUESTIONNAIRE.length()));
        } else if (name.endsWith(SCORING)) {
          scorings.add(name.substring(0, name.length() - SCORING.length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the instrument pack " + packDir, e);
    }
    for (String id : scorings) {
      if (!questionnaires.contains(id)) {
        throw new InstrumentFileException(id + SCORING + ": has no " + id + QUESTIONNAIRE);
      }
    }
    List<String> ids = new ArrayList<>();
    for (String id : questionnaires) {
      if (!scorings.contains(id)) {
        throw new InstrumentFileException(id + QUESTIONNAIRE + ": has no " + id + SCORING);
      }
      if (!ID.matcher(id).matches()) {
        throw new InstrumentFileException(
            id
                + QUESTIONNAIRE
                + ": the id in the file name must be lower-case letters, digits"
                + " and hyphens, up to 63 characters");
      }
      ids.add(id);
    }
    return ids;
  }

  private static String resource(String name) {
    try (InputStream in =
        InstrumentLibrary.class.getClassLoader().getResourceAsStream(SHIPPED + name)) {
      if (in == null) {
        throw new InstrumentFileException(name + ": is missing from " + SHIPPED);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String file(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InstrumentFileException(path.getFileName() + ": cannot be read: " + e, e);
    }
  }
}
