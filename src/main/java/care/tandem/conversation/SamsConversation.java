package care.tandem.conversation;

import static care.tandem.conversation.DemoConversation.PERSON;
import static care.tandem.conversation.DemoConversation.main;
import static care.tandem.conversation.DemoConversation.topic;
import static care.tandem.conversation.DemoConversationStories.ANA;
import static care.tandem.conversation.DemoConversationStories.JORDAN;
import static care.tandem.conversation.DemoConversationStories.PRIYA;

import care.tandem.care.demo.DemoPeople;
import java.util.List;

/**
 * What Sam and their team have written to each other (fictional). Sam Taylor: low back pain and low
 * mood, worried about work.
 */
final class SamsConversation {

  private SamsConversation() {}

  static final DemoConversation STORY =
      new DemoConversation(
          DemoPeople.SAM_TAYLOR,
          "Medication review",
          List.of(
              main(
                  PRIYA,
                  40,
                  6,
                  "Hello Sam, I'm Priya, your physiotherapist. This is the one place"
                      + " where you, Dr Costa and I can talk about your care, so you do not have to"
                      + " pass messages between us. Please write here whenever something changes."),
              main(
                  PERSON,
                  40,
                  1,
                  "Thanks Priya. It is good to have everyone in one place. My back"
                      + " was bad after taking Mum shopping on Saturday, but the stretches you showed"
                      + " me help a bit."),
              main(
                  ANA,
                  39,
                  4,
                  "Hello Sam. I have read Priya's notes. The co-codamol made you"
                      + " foggy, so we will not go back to it. Please tell us if your sleep gets worse."),
              main(
                  PRIYA,
                  30,
                  5,
                  "Sam, you told me that you stop moving when you feel low. That is"
                      + " very common, and it makes pain worse. If you agree, I would like to ask the"
                      + " talking therapies team to join us."),
              main(
                  PERSON,
                  29,
                  8,
                  "Yes, that is fine. I did not want anyone to think I was making"
                      + " it up. But I know my mood is part of it."),
              main(
                  PRIYA,
                  29,
                  6,
                  "Nobody thinks that, Sam. Your pain is real, and so is the way it"
                      + " wears you down. I have sent the request."),
              main(
                  JORDAN,
                  20,
                  6,
                  "Hello Sam, I'm Jordan from talking therapies and I have joined"
                      + " your team. I have read your 'about me', so you do not need to tell your story"
                      + " again. Would a phone call on Tuesday afternoon suit you?"),
              main(
                  PERSON,
                  20,
                  2,
                  "Tuesday after 2pm is good. Not mornings, please. They are hard"
                      + " with my tablets."),
              main(
                  JORDAN,
                  13,
                  4,
                  "Thanks for the call today, Sam. As we agreed, you will plan one"
                      + " small thing you enjoy each day, like a short walk with Bess. Priya, could we"
                      + " match this with Sam's walking plan?",
                  PRIYA),
              topic(
                  ANA,
                  10,
                  5,
                  "Sam, I would like to review your tablets now that you are moving"
                      + " more. How are you finding the amitriptyline at night? Are the mornings any"
                      + " better?"),
              main(
                  PRIYA,
                  12,
                  2,
                  "Good idea, Jordan. Sam, let's start with 10 minutes twice a day"
                      + " on flat ground. Add 2 minutes each week if the pain settles within an hour."),
              topic(
                  PERSON,
                  9,
                  20,
                  "I sleep better with it, but I am groggy until about 10am. Could"
                      + " I take it earlier in the evening?"),
              topic(
                  ANA,
                  9,
                  6,
                  "Yes, try taking it at 7pm instead of at bedtime. Jordan, could"
                      + " you keep an eye on Sam's mood while we change things?"),
              topic(
                  JORDAN, 8, 22, "I will. Sam, I will ask about sleep and mood at our next call."),
              main(
                  PERSON,
                  8,
                  4,
                  "I walked Bess every day this week. Two days were hard, but I"
                      + " still went out. My niece came round on Sunday and we played in the garden."),
              main(
                  ANA,
                  7,
                  6,
                  "That is great progress, Sam. Your fit note ends this month. Shall we"
                      + " talk about going back to work bit by bit at your next appointment?"),
              main(
                  PERSON,
                  3,
                  3,
                  "I am worried about work. My sick pay ends in January and I cannot"
                      + " afford to lose my job. But I do not know if I can do long shifts yet."),
              main(
                  PRIYA,
                  2,
                  6,
                  "Thank you for telling us, Sam. Let's add a gradual return to your"
                      + " plan. I can write to your manager about lifting and shorter shifts."),
              topic(
                  PERSON,
                  1,
                  20,
                  "Taking it at 7pm has helped my mornings. Dr Costa, I still get"
                      + " pins and needles in my left foot some days. Should I be worried?",
                  ANA),
              main(
                  JORDAN,
                  1,
                  5,
                  "Sam, money worries are hard on mood and on pain. Citizens Advice"
                      + " can check what help you can get when your sick pay ends. Would you like"
                      + " their details?"),
              main(
                  PERSON,
                  0,
                  3,
                  "Yes please, Jordan. And thank you all. For the first time it"
                      + " feels like you are talking to each other.")));
}
