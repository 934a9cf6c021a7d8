package care.tandem.plan.demo;

import static care.tandem.plan.GoalStatus.IN_PROGRESS;
import static care.tandem.plan.GoalStatus.MET;
import static care.tandem.plan.GoalStatus.NOT_STARTED;
import static care.tandem.plan.PlanSection.MENTAL_HEALTH_AND_WELLBEING;
import static care.tandem.plan.PlanSection.PAIN_AND_PHYSICAL_FUNCTION;
import static care.tandem.plan.PlanSection.SHARED;

import care.tandem.plan.GoalDraft;
import java.util.UUID;

/**
 * The demo people's plans, change by change: goals written with the person, owned across the team,
 * actions for the person and for named members, some met, some changed by several people. Members:
 * "patient" (Sam Taylor), "physio", "gp", "mentalhealth", "pain" and "volunteer".
 */
final class DemoPlanStories {

  private DemoPlanStories() {}

  /** Sam Taylor: persistent low back pain with depression, at risk of losing his job. */
  static void sam(DemoPlanWriter plan) {
    UUID walking =
        plan.goal(
            40,
            "physio",
            PAIN_AND_PHYSICAL_FUNCTION,
            "Walk Bess for 10 minutes a day",
            "10 minutes without stopping, 5 days a week",
            "physio",
            NOT_STARTED,
            21);
    UUID diary =
        plan.action(
            40,
            "physio",
            PAIN_AND_PHYSICAL_FUNCTION,
            "Keep a pacing diary for 2 weeks: what I did, and my pain before and after",
            null,
            -26);
    UUID painRelief =
        plan.goal(
            38,
            "gp",
            PAIN_AND_PHYSICAL_FUNCTION,
            "Find pain relief that does not make me foggy",
            "Able to concentrate at work and drive safely",
            "gp",
            IN_PROGRESS,
            14);
    plan.goal(
        20,
        "mentalhealth",
        MENTAL_HEALTH_AND_WELLBEING,
        "Keep doing one thing I enjoy, even on low days",
        "Something I enjoy on 4 days out of 7, like playing with my niece or calling my sister",
        "mentalhealth",
        IN_PROGRESS,
        28);
    UUID selfHelp =
        plan.action(
            20,
            "mentalhealth",
            MENTAL_HEALTH_AND_WELLBEING,
            "Book 6 sessions of guided self-help for low mood with Northfield Talking Therapies",
            "mentalhealth",
            -14);
    plan.changeGoal(
        19,
        "patient",
        walking,
        g ->
            new GoalDraft(
                g.section(),
                "Walk Bess for 20 minutes every day",
                "20 minutes without stopping, 5 days a week, by the end of January",
                g.owner(),
                g.status(),
                g.reviewDate()));
    plan.done(15, "mentalhealth", selfHelp);
    plan.goalStatus(14, "gp", painRelief, MET);
    plan.done(12, "patient", diary);
    plan.goal(
        10,
        "physio",
        SHARED,
        "Stay in my job with duties my back can manage",
        "Back to full hours by March, with breaks from standing",
        "physio",
        NOT_STARTED,
        42);
    plan.action(
        10,
        "physio",
        SHARED,
        "Write a fit note suggesting amended duties and regular breaks",
        "gp",
        7);
    plan.goalStatus(7, "physio", walking, IN_PROGRESS);
    plan.action(
        5,
        "patient",
        PAIN_AND_PHYSICAL_FUNCTION,
        "Do the 10-minute morning stretches on work days",
        null,
        5);
    plan.action(
        3,
        "mentalhealth",
        MENTAL_HEALTH_AND_WELLBEING,
        "Call Sam after his first 2 self-help sessions to see how they are going",
        "mentalhealth",
        4);
  }

  /** Aisha Rahman: neck pain and anxiety after a car accident. */
  static void aisha(DemoPlanWriter plan) {
    UUID driving =
        plan.goal(
            30,
            "gp",
            SHARED,
            "Drive to Leeds to see my family",
            "Drive the whole way without pulling over in a panic",
            "gp",
            NOT_STARTED,
            35);
    UUID neck =
        plan.goal(
            28,
            "physio",
            PAIN_AND_PHYSICAL_FUNCTION,
            "Turn my head to the screen at work without sharp pain",
            "A full shift at the front desk with pain no higher than 3 out of 10",
            "physio",
            NOT_STARTED,
            21);
    UUID workstation =
        plan.action(
            28,
            "physio",
            PAIN_AND_PHYSICAL_FUNCTION,
            "Check Aisha's desk and screen set-up with her practice manager",
            "physio",
            -14);
    plan.action(
        28,
        "physio",
        PAIN_AND_PHYSICAL_FUNCTION,
        "Do the neck exercises on the sheet twice a day",
        null,
        -7);
    plan.changeGoal(
        20,
        "gp",
        driving,
        g ->
            new GoalDraft(
                g.section(),
                g.title(),
                "First short drives on quiet roads, then the motorway, then the whole way to"
                    + " Leeds",
                g.owner(),
                IN_PROGRESS,
                g.reviewDate()));
    plan.done(10, "physio", workstation);
    plan.goalStatus(10, "physio", neck, IN_PROGRESS);
    plan.goal(
        5,
        "gp",
        MENTAL_HEALTH_AND_WELLBEING,
        "Sleep without nightmares about the crash on most nights",
        "Nightmares on no more than 2 nights a week",
        "gp",
        NOT_STARTED,
        28);
    plan.action(
        5,
        "gp",
        MENTAL_HEALTH_AND_WELLBEING,
        "Refer Aisha to Northfield Talking Therapies for help with trauma after the crash",
        "gp",
        3);
    plan.action(2, "gp", SHARED, "Practise short drives on quiet roads twice a week", null, 14);
  }

  /** Denise Holt: widespread pain, past trauma, and full-time carer for her son Liam. */
  static void denise(DemoPlanWriter plan) {
    UUID allotment =
        plan.goal(
            50,
            "volunteer",
            SHARED,
            "Go to the allotment group at Hillside every week",
            "Two hours on Wednesday mornings while Liam is at his day centre",
            "volunteer",
            IN_PROGRESS,
            14);
    UUID mornings =
        plan.goal(
            45,
            "pain",
            PAIN_AND_PHYSICAL_FUNCTION,
            "Help Liam in the mornings without needing to lie down afterwards",
            "4 mornings out of 7",
            "pain",
            NOT_STARTED,
            28);
    UUID letter =
        plan.action(
            35,
            "mentalhealth",
            MENTAL_HEALTH_AND_WELLBEING,
            "Write to Denise before her first session saying who she will meet and what will"
                + " happen",
            "mentalhealth",
            -28);
    plan.goal(
        34,
        "mentalhealth",
        MENTAL_HEALTH_AND_WELLBEING,
        "Feel safe and in control at appointments",
        "I know what will happen before each appointment, and we only talk about the past if I"
            + " choose to",
        "mentalhealth",
        IN_PROGRESS,
        30);
    plan.done(30, "mentalhealth", letter);
    plan.changeGoal(
        21,
        "pain",
        mornings,
        g ->
            new GoalDraft(
                g.section(),
                g.title(),
                "4 mornings out of 7, using the hoist and the pacing plan",
                g.owner(),
                IN_PROGRESS,
                g.reviewDate()));
    plan.goalStatus(12, "volunteer", allotment, MET);
    plan.action(
        12,
        "volunteer",
        SHARED,
        "Ask the carers' centre about a sitter for Liam one afternoon a week",
        "volunteer",
        9);
    plan.action(
        8,
        "pain",
        PAIN_AND_PHYSICAL_FUNCTION,
        "Review the amitriptyline dose with Denise",
        "pain",
        6);
    plan.action(
        8,
        "pain",
        PAIN_AND_PHYSICAL_FUNCTION,
        "Try a warm bath and the gentle stretches before bed",
        null,
        10);
  }
}
