package care.tandem.care.demo;

import care.tandem.care.demo.DemoPerson.AboutMeText;
import care.tandem.care.demo.DemoPerson.Contact;
import care.tandem.care.demo.DemoPerson.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The three demo people. Names, NHS numbers (the 999 test range), phone numbers (Ofcom's drama
 * range) and addresses are all invented.
 */
final class DemoStories {

  private DemoStories() {}

  static final DemoPerson SAM =
      new DemoPerson(
          "Sam",
          "Taylor",
          null,
          LocalDate.of(1984, 3, 12),
          "9990012342",
          "patient@demo.tandem",
          new Contact(
              "sam.taylor@example.org",
              "07700 900123",
              "12 Millbrook Road",
              "Northfield",
              "NF1 2AB"),
          "TEXT_MESSAGE,EMAIL",
          "Weekday afternoons. Not before 10am: mornings are hard with my tablets.",
          "Sitting for long is painful. Please offer a chair with arms and let me stand up during"
              + " appointments.",
          "Please put things in writing as well. My concentration is poor when I am low.",
          new AboutMeText(
              "Walking Bess, my dog, every day again. Playing with my niece. Keeping my job.",
              "I am a warehouse supervisor. I have been on reduced hours for 3 months and money is"
                  + " tight. My sick pay ends in January.",
              "None at home, but I take my mum shopping on Saturdays.",
              "Long shifts on my feet, cold weather and bad nights. When I am low I stop moving,"
                  + " and then the pain gets worse.",
              "A hot shower, short walks, talking to my sister, and having a plan for the day.",
              "Co-codamol (it made me foggy), a back class at the gym, and a mindfulness app that I"
                  + " stopped using when things got bad.",
              "Be straight with me. Please do not tell me it is all in my head."),
          List.of(
              new Member("physio@demo.tandem", "Physiotherapist", true, 42),
              new Member("gp@demo.tandem", "GP", false, 40),
              new Member("mentalhealth@demo.tandem", "Mental health practitioner", false, 21)));

  static final DemoPerson AISHA =
      new DemoPerson(
          "Aisha",
          "Rahman",
          null,
          LocalDate.of(1992, 8, 23),
          "9990024685",
          null,
          new Contact(
              "aisha.rahman@example.org",
              "07700 900456",
              "4 Orchard Close",
              "Northfield",
              "NF3 7QD"),
          "EMAIL,PHONE",
          "Any time on Tuesdays and Thursdays, when I am not at work.",
          "",
          "I prefer email so I can read things when I feel calmer.",
          new AboutMeText(
              "Driving again without panicking, so I can visit my family in Leeds.",
              "I work part-time as a dental receptionist. Turning my head to the screen hurts.",
              "None.",
              "Driving, especially at junctions. Stress at work. Sleeping badly after nightmares"
                  + " about the crash.",
              "Heat on my neck, swimming slowly, my breathing exercises.",
              "Ibuprofen, a neck collar for a week after the accident, and six physio sessions"
                  + " through the insurance.",
              "Please explain what is happening in my body. Not knowing makes me more anxious."),
          List.of(
              new Member("gp@demo.tandem", "GP", true, 60),
              new Member("physio@demo.tandem", "Physiotherapist", false, 30)));

  static final DemoPerson DENISE =
      new DemoPerson(
          "Denise",
          "Holt",
          null,
          LocalDate.of(1971, 11, 2),
          "9990037027",
          null,
          new Contact(
              "denise.holt@example.org",
              "07700 900789",
              "27 Canal Street",
              "Northfield",
              "NF2 4LS"),
          "PHONE,LETTER",
          "Between 10am and 2pm, while my son is at his day centre.",
          "Appointments after 10am and near a bus stop. I cannot sit in a waiting room for long.",
          "Please give me time to answer. I would like a woman practitioner if possible.",
          new AboutMeText(
              "Being well enough to keep caring for my son Liam, and having some time for myself.",
              "I get Carer's Allowance and Universal Credit. I worry about money most weeks.",
              "I am the full-time carer for Liam, who is 24 and has a learning disability.",
              "Lifting and helping Liam, cold and damp, and anything that reminds me of the past."
                  + " Being touched without warning.",
              "The allotment group at Hillside, warm baths, and knowing what will happen next.",
              "Amitriptyline, a pain management course in 2019 that I had to leave when Liam was"
                  + " unwell, and counselling years ago.",
              "Gently, and ask before examining me. I do not want to go over the past again"
                  + " unless I choose to."),
          List.of(
              new Member("pain@demo.tandem", "Pain specialist", true, 90),
              new Member("volunteer@demo.tandem", "Peer supporter", false, 50),
              new Member("mentalhealth@demo.tandem", "Mental health practitioner", false, 35)));

  /** Each demo person with the stable id other modules know them by. */
  static final Map<UUID, DemoPerson> BY_ID =
      Map.of(
          DemoPeople.SAM_TAYLOR,
          SAM,
          DemoPeople.AISHA_RAHMAN,
          AISHA,
          DemoPeople.DENISE_HOLT,
          DENISE);
}
