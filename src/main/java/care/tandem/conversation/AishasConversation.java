package care.tandem.conversation;

import static care.tandem.conversation.DemoConversation.PERSON;
import static care.tandem.conversation.DemoConversation.main;
import static care.tandem.conversation.DemoConversation.topic;
import static care.tandem.conversation.DemoConversationStories.ANA;
import static care.tandem.conversation.DemoConversationStories.PRIYA;

import care.tandem.care.demo.DemoPeople;
import java.util.List;

/**
 * What Aisha and their team have written to each other (fictional). Aisha Rahman: neck pain and
 * anxiety after a car accident.
 */
final class AishasConversation {

  private AishasConversation() {}

  static final DemoConversation STORY =
      new DemoConversation(
          DemoPeople.AISHA_RAHMAN,
          "Getting back to driving",
          List.of(
              main(
                  ANA,
                  55,
                  5,
                  "Hello Aisha. This is your conversation with your care team. You"
                      + " can write here at any time, and we will answer within two working days."),
              main(
                  PERSON,
                  54,
                  9,
                  "Thank you. My neck is still stiff and sore, mostly on the"
                      + " right. I keep worrying that something was missed after the crash."),
              main(
                  ANA,
                  53,
                  6,
                  "That is an understandable worry. Your X-ray after the accident was"
                      + " normal. Your pain fits a neck strain: the muscles and joints were"
                      + " overstretched. It can take months to settle, but it does settle. I have"
                      + " asked our physiotherapy service to see you."),
              main(
                  PRIYA,
                  29,
                  6,
                  "Hello Aisha, I'm Priya, a physiotherapist, and I have joined your"
                      + " team. As you asked, I will explain each exercise and why it helps."),
              main(
                  PERSON,
                  28,
                  9,
                  "Thank you, that really helps. Turning my head to the screen at"
                      + " work is the worst part."),
              main(
                  PRIYA,
                  27,
                  5,
                  "Could you move your screen so it is straight in front of you?"
                      + " Then do the chin tucks and shoulder rolls every hour or so. Some soreness"
                      + " afterwards is normal and safe."),
              main(PERSON, 20, 8, "I moved the screen. The afternoons are much easier now."),
              topic(
                  PERSON,
                  15,
                  9,
                  "Can I start driving again? My neck turns further now, but I"
                      + " panic at junctions."),
              topic(
                  PRIYA,
                  14,
                  5,
                  "Your neck moves well enough to check your blind spot. Let's"
                      + " practise the head turns first. Then try short drives on quiet roads with"
                      + " someone you trust."),
              main(
                  PERSON,
                  12,
                  10,
                  "I had another nightmare about the crash. My neck is always"
                      + " worse the day after. I am tired of feeling on edge."),
              main(
                  ANA,
                  11,
                  5,
                  "I am sorry, Aisha. Nightmares and feeling on edge are common after"
                      + " a frightening accident, and they can make pain worse. There is help that"
                      + " works well for this. Would you like us to ask the talking therapies team to"
                      + " join your care?"),
              main(PERSON, 10, 9, "Yes please. I did not know they could help with that."),
              main(
                  PRIYA,
                  2,
                  4,
                  "Aisha, I have sent the request to talking therapies today. They"
                      + " will see your 'about me', so you will not need to explain everything again."),
              topic(
                  PERSON,
                  1,
                  9,
                  "I drove to the shop and back with my sister. My heart was"
                      + " racing, but I did it. Priya, is it all right that my neck aches after"
                      + " driving?",
                  PRIYA),
              main(PERSON, 1, 8, "Thank you both. I feel a bit less alone with it."),
              main(
                  ANA,
                  0,
                  4,
                  "You are not alone with it, Aisha. Keep using your breathing"
                      + " exercises, and write here if things get worse before talking therapies get"
                      + " in touch.")));
}
