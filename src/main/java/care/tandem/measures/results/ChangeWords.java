package care.tandem.measures.results;

import care.tandem.measures.Change;
import care.tandem.measures.Instrument;
import care.tandem.measures.results.TalkingTherapiesOutcome.Judged;
import care.tandem.measures.results.TalkingTherapiesOutcome.Judgement;
import care.tandem.measures.results.TalkingTherapiesOutcome.OnlyOne;
import care.tandem.system.components.SummaryListRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Change over time in words: clinical for the team (reliable improvement, recovery as NHS Talking
 * Therapies define them), and for the person themself plain sentences about their scores that never
 * put a label on them.
 */
final class ChangeWords {

  private ChangeWords() {}

  /** "Down 9", "Up 2", "No change": the direction alone, since better is up for some measures. */
  static String difference(int by) {
    if (by == 0) {
      return "No change";
    }
    return (by < 0 ? "Down " : "Up ") + Math.abs(by);
  }

  /** "Down 9 (from 18 to 9)". */
  static String difference(int from, int to) {
    return difference(to - from) + " (from " + from + " to " + to + ")";
  }

  /** The team's rows: each change and each rule, with the rule's threshold where it has one. */
  static List<SummaryListRow> forTeam(
      Instrument instrument,
      Change change,
      int first,
      @Nullable Integer previous,
      int latest,
      @Nullable Judgement paired) {
    List<SummaryListRow> rows = new ArrayList<>();
    rows.add(SummaryListRow.of("Change from first", difference(first, latest)));
    if (previous != null) {
      rows.add(SummaryListRow.of("Change from previous", difference(previous, latest)));
    }
    String noRule = "Not defined for " + instrument.shortTitle();
    rows.add(
        SummaryListRow.of("Reliable improvement", yesNo(change.reliableImprovement(), noRule)));
    rows.add(
        SummaryListRow.of("Reliable deterioration", yesNo(change.reliableDeterioration(), noRule)));
    if (paired == null) {
      rows.add(SummaryListRow.of("Recovery", yesNo(change.recovered(), noRule)));
      rows.add(SummaryListRow.of("Reliable recovery", yesNo(change.reliablyRecovered(), noRule)));
    } else {
      rows.addAll(pairedForTeam(paired));
    }
    return rows;
  }

  /**
   * NHS Talking Therapies' outcome on PHQ-9 and GAD-7 together, for the team; with only one of the
   * measures, or no two pairs yet, it says why nothing is claimed.
   */
  static List<SummaryListRow> pairedForTeam(Judgement paired) {
    String together = " (PHQ-9 and GAD-7 together)";
    if (paired instanceof OnlyOne only) {
      return List.of(
          SummaryListRow.of(
              "Recovery" + together,
              "Not judged. Only "
                  + only.answered()
                  + " has been answered: NHS Talking Therapies judge recovery on "
                  + "PHQ-9 and GAD-7 together."));
    }
    if (!(paired instanceof Judged judged)) {
      return List.of(
          SummaryListRow.of(
              "Recovery" + together,
              "Not judged yet. It needs PHQ-9 and GAD-7 answered within a week of each other,"
                  + " at the start and again later."));
    }
    return List.of(
        SummaryListRow.of(
            "Compared" + together,
            "First pair of scores " + judged.firstDate() + ", last " + judged.lastDate()),
        SummaryListRow.of(
            "Recovery" + together,
            judged.outcome().caseAtFirst()
                ? yes(judged.outcome().recovered())
                : "Does not apply: below both cut-offs at first"),
        SummaryListRow.of(
            "Reliable improvement" + together, yes(judged.outcome().reliableImprovement())),
        SummaryListRow.of(
            "Reliable deterioration" + together, yes(judged.outcome().reliableDeterioration())),
        SummaryListRow.of(
            "Reliable recovery" + together, yes(judged.outcome().reliablyRecovered())));
  }

  /**
   * The person's words about recovery on PHQ-9 and GAD-7 together. Empty when nothing can be
   * claimed for them.
   */
  static List<String> pairedForThePerson(Judgement paired) {
    if (paired instanceof OnlyOne only) {
      return List.of(
          "NHS Talking Therapies look at PHQ-9 and GAD-7 together to judge recovery. You have"
              + " answered "
              + only.answered()
              + " but not "
              + only.missing()
              + ", so we do not say if you have recovered.");
    }
    if (!(paired instanceof Judged judged)) {
      return List.of(
          "NHS Talking Therapies look at PHQ-9 and GAD-7 answered at about the same time to"
              + " judge recovery. There are not enough of these yet to say.");
    }
    PairedRules.Outcome outcome = judged.outcome();
    String both =
        "Looking at your PHQ-9 and GAD-7 scores together, your first scores were at or above a"
            + " cut-off and your latest are below both.";
    if (outcome.reliablyRecovered()) {
      return List.of(
          both
              + " The change is also big enough that it is unlikely to be chance. NHS Talking"
              + " Therapies call this reliable recovery.");
    }
    if (outcome.recovered()) {
      return List.of(both + " NHS Talking Therapies call this recovery.");
    }
    if (outcome.reliableImprovement()) {
      return List.of(
          "Looking at your PHQ-9 and GAD-7 scores together, the change is big enough that it"
              + " is unlikely to be chance. Your team may call it reliable improvement.");
    }
    return List.of();
  }

  /**
   * The person's sentences, kind and factual: what their scores did, and what services call it.
   *
   * @param paired the outcome on PHQ-9 and GAD-7 together, for those two; null for other measures
   * @param recoveryWords false while a safety answer is recent or an alert is open: then nothing is
   *     said about recovery or improvement at all
   */
  static List<String> forThePerson(
      Change change,
      String firstDate,
      int first,
      @Nullable Integer previous,
      int latest,
      @Nullable Judgement paired,
      boolean recoveryWords) {
    List<String> words = new ArrayList<>();
    words.add(
        "Your first score, on "
            + firstDate
            + ", was "
            + first
            + ". Your latest is "
            + latest
            + sinceFirst(latest - first));
    if (previous != null) {
      words.add("Since the time before, your score " + moved(latest - previous));
    }
    if (!recoveryWords) {
      // Nothing about recovery or improvement straight after a worrying answer.
    } else if (paired != null) {
      words.addAll(pairedForThePerson(paired));
    } else if (Boolean.TRUE.equals(change.reliablyRecovered())) {
      words.add(
          "Your first score was at or above the cut-off and your latest is below it. The change is"
              + " also big enough that it is unlikely to be chance. NHS Talking Therapies call this"
              + " reliable recovery.");
    } else if (Boolean.TRUE.equals(change.recovered())) {
      words.add(
          "Your first score was at or above the cut-off and your latest is below it. NHS Talking"
              + " Therapies call this recovery.");
    } else if (Boolean.TRUE.equals(change.reliableImprovement())) {
      words.add(
          "This change is big enough that it is unlikely to be chance. Your team may call it"
              + " reliable improvement.");
    }
    if (Boolean.TRUE.equals(change.reliableDeterioration())) {
      words.add(
          "Your score has changed by enough that it is unlikely to be chance. Talk to your team"
              + " about how things are for you.");
    }
    words.add("Scores are a guide. Talk to your team about what they mean for you.");
    return words;
  }

  /**
   * What each word on the page means, for the "What these words mean" details. Only the rules this
   * instrument has.
   */
  static List<SummaryListRow> meanings(Instrument instrument) {
    List<SummaryListRow> meanings = new ArrayList<>();
    meanings.add(
        SummaryListRow.of(
            "Change from first", "The latest score minus the first score. Down means lower."));
    meanings.add(
        SummaryListRow.of("Change from previous", "The latest score minus the one before it."));
    Integer cutOff = instrument.casenessAt();
    if (cutOff != null) {
      meanings.add(
          SummaryListRow.of(
              "Cut-off",
              "A score of "
                  + cutOff
                  + " or more. NHS Talking Therapies use it to count who might need care. It is a"
                  + " guide, not a label."));
    }
    Integer reliable = instrument.reliableChange();
    if (reliable != null) {
      String direction = instrument.higherIsBetter() ? "up" : "down";
      String other = instrument.higherIsBetter() ? "down" : "up";
      meanings.add(
          SummaryListRow.of(
              "Reliable improvement",
              "The score has gone "
                  + direction
                  + " by "
                  + reliable
                  + " or more since the first. A change this big is unlikely to be chance."));
      meanings.add(
          SummaryListRow.of(
              "Reliable deterioration",
              "The score has gone " + other + " by " + reliable + " or more since the first."));
    }
    if (cutOff != null) {
      meanings.add(
          SummaryListRow.of(
              "Recovery",
              "The first score was at or above the cut-off and the latest is below it. It does not"
                  + " mean care should stop."));
      if (reliable != null) {
        meanings.add(
            SummaryListRow.of("Reliable recovery", "Recovery and reliable improvement together."));
      }
    }
    return meanings;
  }

  private static String sinceFirst(int by) {
    if (by == 0) {
      return ", the same.";
    }
    return ". That is " + Math.abs(by) + (by < 0 ? " lower." : " higher.");
  }

  private static String moved(int by) {
    if (by == 0) {
      return "has stayed the same.";
    }
    return "has gone " + (by < 0 ? "down" : "up") + " by " + Math.abs(by) + ".";
  }

  private static String yes(boolean flag) {
    return flag ? "Yes" : "No";
  }

  private static String yesNo(@Nullable Boolean flag, String noRule) {
    return flag == null ? noRule : flag ? "Yes" : "No";
  }

  /** "moderate" from "Moderate", for a band named mid-sentence. */
  static String inSentence(String label) {
    return label.isEmpty()
        ? label
        : label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
  }
}
