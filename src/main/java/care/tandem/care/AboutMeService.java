package care.tandem.care;

import care.tandem.identity.StaleEditException;
import care.tandem.system.Capability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "About me": read by everyone who may open the record, written only by the person, so it stays in
 * their own words. Edits check the version they started from.
 */
@Service
public class AboutMeService {

  private final JdbcClient jdbc;
  private final Capabilities access;

  AboutMeService(JdbcClient jdbc, Capabilities access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  public AboutMe aboutMe(RecordAccess access) {
    return jdbc.sql(
            """
            select person_id, what_matters, work_and_money, caring_duties, what_makes_worse,
              what_makes_better, already_tried, how_to_speak_to_me, version, updated_by, updated_at
            from about_me where person_id = ?
            """)
        .param(access.person())
        .query(AboutMeService::aboutMe)
        .optional()
        .orElseGet(() -> AboutMe.empty(access.person()));
  }

  /**
   * The person saves their "about me"; {@code text}'s version is the one they started from.
   *
   * @throws care.tandem.system.CapabilityRefusedException if the viewer is not the person
   * @throws StaleEditException if it changed since (in another tab, say)
   */
  @Transactional
  public void change(AboutMe text, Authentication viewer) {
    RecordAccess allowed =
        access.require(text.personId(), viewer, Capability.WRITE_ABOUT_ME, "about-me.changed");
    int changed =
        jdbc.sql(
                """
                insert into about_me as a (person_id, what_matters, work_and_money, caring_duties,
                  what_makes_worse, what_makes_better, already_tried, how_to_speak_to_me, version,
                  updated_by, updated_at)
                values (:person, :whatMatters, :workAndMoney, :caringDuties, :whatMakesWorse,
                  :whatMakesBetter, :alreadyTried, :howToSpeakToMe, 1, :by, now())
                on conflict (person_id) do update set what_matters = excluded.what_matters,
                  work_and_money = excluded.work_and_money,
                  caring_duties = excluded.caring_duties,
                  what_makes_worse = excluded.what_makes_worse,
                  what_makes_better = excluded.what_makes_better,
                  already_tried = excluded.already_tried,
                  how_to_speak_to_me = excluded.how_to_speak_to_me,
                  version = a.version + 1, updated_by = excluded.updated_by, updated_at = now()
                where a.version = :version
                """)
            .param("person", text.personId())
            .param("whatMatters", text.whatMatters())
            .param("workAndMoney", text.workAndMoney())
            .param("caringDuties", text.caringDuties())
            .param("whatMakesWorse", text.whatMakesWorse())
            .param("whatMakesBetter", text.whatMakesBetter())
            .param("alreadyTried", text.alreadyTried())
            .param("howToSpeakToMe", text.howToSpeakToMe())
            .param("by", allowed.account())
            .param("version", text.version())
            .update();
    // A first save (from version 0) inserts; any later save must start from the saved version.
    if (changed != 1) {
      throw new StaleEditException("About me");
    }
  }

  private static AboutMe aboutMe(ResultSet rs, int row) throws SQLException {
    OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
    return new AboutMe(
        rs.getObject("person_id", UUID.class),
        rs.getString("what_matters"),
        rs.getString("work_and_money"),
        rs.getString("caring_duties"),
        rs.getString("what_makes_worse"),
        rs.getString("what_makes_better"),
        rs.getString("already_tried"),
        rs.getString("how_to_speak_to_me"),
        rs.getInt("version"),
        rs.getObject("updated_by", UUID.class),
        updated == null ? null : updated.toInstant());
  }
}
