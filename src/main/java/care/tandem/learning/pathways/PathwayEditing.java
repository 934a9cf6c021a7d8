package care.tandem.learning.pathways;

import static care.tandem.system.Capability.BUILD_PATHWAYS;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.Capabilities;
import care.tandem.care.RecordNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service leads build pathways from the library. Every change writes a new version (people on the
 * pathway keep the version they started), starts from the version the page showed (a stale change
 * changes nothing), and is audited by ids and codes only.
 */
@Service
class PathwayEditing {

  private final PathwayRepository pathways;
  private final Capabilities capabilities;
  private final AuditLog audit;
  private final Clock clock;

  PathwayEditing(PathwayRepository pathways, Capabilities capabilities, AuditLog audit) {
    this.pathways = pathways;
    this.capabilities = capabilities;
    this.audit = audit;
    this.clock = Clock.systemUTC();
  }

  /** Starts a pathway with no steps yet (version 1 is written with its first step). */
  @Transactional
  UUID create(String title, String summary, UUID key, Authentication by) {
    capabilities.requireHeld(by, BUILD_PATHWAYS, "pathway.created");
    if (pathways.current(key).isPresent()) {
      return key;
    }
    pathways.insert(key, null, title, summary, account(by), clock.instant());
    pathways.addVersion(key, List.of(), account(by), clock.instant());
    record(by, "pathway.created", key, 1, "created");
    return key;
  }

  /** Adds a step at the end. */
  @Transactional
  void add(
      UUID pathway, int startedFrom, StepKind kind, String ref, String text, Authentication by) {
    List<PathwayStep> steps = startChange(pathway, startedFrom, by);
    steps.add(new PathwayStep(UUID.randomUUID(), steps.size() + 1, kind, ref, text));
    save(pathway, steps, by, "step-added");
  }

  /** Moves a step one place up or down, or removes it. */
  @Transactional
  void change(UUID pathway, int startedFrom, UUID step, StepMove move, Authentication by) {
    List<PathwayStep> steps = startChange(pathway, startedFrom, by);
    int at = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(step)) {
        at = i;
      }
    }
    if (at < 0) {
      throw new RecordNotFoundException();
    }
    switch (move) {
      case UP -> {
        if (at > 0) {
          steps.add(at - 1, steps.remove(at));
        }
      }
      case DOWN -> {
        if (at < steps.size() - 1) {
          steps.add(at + 1, steps.remove(at));
        }
      }
      case REMOVE -> steps.remove(at);
    }
    save(pathway, steps, by, "step-" + move.code());
  }

  private List<PathwayStep> startChange(UUID pathway, int startedFrom, Authentication by) {
    capabilities.requireHeld(by, BUILD_PATHWAYS, "pathway.changed");
    int current = pathways.lockCurrentVersion(pathway).orElseThrow(RecordNotFoundException::new);
    if (current != startedFrom) {
      throw new PathwayChangedException();
    }
    return new ArrayList<>(pathways.version(pathway, current).orElseThrow().steps());
  }

  private void save(UUID pathway, List<PathwayStep> steps, Authentication by, String change) {
    int version = pathways.addVersion(pathway, steps, account(by), clock.instant());
    record(by, "pathway.changed", pathway, version, change);
  }

  private void record(Authentication by, String action, UUID pathway, int version, String change) {
    audit.record(
        AuditEvent.success(
            account(by),
            role(by),
            action,
            Map.of(
                "pathway",
                pathway.toString(),
                "version",
                String.valueOf(version),
                "change",
                change)));
  }

  static UUID account(Authentication by) {
    return UUID.fromString(by.getName());
  }

  static String role(Authentication by) {
    return by.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a != null && a.startsWith("ROLE_"))
        .map(a -> a.substring("ROLE_".length()))
        .findFirst()
        .orElse("UNKNOWN");
  }

  /** What a service lead can do to one step. */
  enum StepMove {
    UP("up"),
    DOWN("down"),
    REMOVE("removed");

    private final String code;

    StepMove(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }
  }
}
