package care.tandem.conversation;

import static care.tandem.conversation.DemoConversation.PERSON;
import static care.tandem.conversation.DemoConversation.main;
import static care.tandem.conversation.DemoConversation.topic;
import static care.tandem.conversation.DemoConversationStories.GRACE;
import static care.tandem.conversation.DemoConversationStories.JORDAN;
import static care.tandem.conversation.DemoConversationStories.TOM;

import care.tandem.care.demo.DemoPeople;
import java.util.List;

/**
 * What Denise and their team have written to each other (fictional). Denise Holt: widespread pain,
 * past trauma, and caring for her son Liam.
 */
final class DenisesConversation {

  private DenisesConversation() {}

  static final DemoConversation STORY =
      new DemoConversation(
          DemoPeople.DENISE_HOLT,
          "Support with caring",
          List.of(
              main(
                  TOM,
                  85,
                  5,
                  "Hello Denise. This is your shared conversation with your care"
                      + " team. Take your time to reply. There is no rush."),
              main(
                  PERSON,
                  84,
                  7,
                  "Thank you for not rushing me at the clinic. The pain is"
                      + " everywhere today. Cold mornings are the worst."),
              main(
                  TOM,
                  80,
                  6,
                  "Denise, I suggest we keep your amitriptyline as it is for now."
                      + " Let's look at pacing first: doing a bit less on good days, so the bad days"
                      + " are not so hard."),
              main(
                  GRACE,
                  48,
                  5,
                  "Hello Denise, I'm Grace, a peer supporter. I have lived with"
                      + " long-term pain myself. I help run the Thursday group at the Hillside"
                      + " allotment, and you would be very welcome."),
              main(
                  PERSON,
                  47,
                  6,
                  "I used to love gardening. Thursdays are good because Liam is at"
                      + " his day centre. I might come along."),
              main(
                  GRACE,
                  40,
                  8,
                  "It was lovely to see you at the allotment today. No need to dig."
                      + " Sitting and chatting counts too."),
              main(
                  TOM,
                  36,
                  5,
                  "Thank you for agreeing to have Jordan from the mental health team"
                      + " join us. Jordan will only talk about what you choose to talk about."),
              main(
                  JORDAN,
                  34,
                  6,
                  "Hello Denise, I'm Jordan. We will go at your pace, and we will"
                      + " only talk about the past if you choose to. Would a phone call between 10am"
                      + " and 2pm suit you?"),
              main(
                  PERSON,
                  33,
                  7,
                  "Yes, Wednesdays are best. Thank you for saying that about the" + " past."),
              main(
                  JORDAN,
                  20,
                  6,
                  "Thank you for talking with me today, Denise. You said you hardly"
                      + " get any time for yourself. That matters, for your pain and for your mood."),
              topic(
                  JORDAN,
                  19,
                  5,
                  "I have started this topic so we can look at support with"
                      + " caring for Liam. Grace, do you know what breaks for carers there are"
                      + " locally?",
                  GRACE),
              topic(
                  GRACE,
                  18,
                  7,
                  "Yes. Northfield Carers' Centre has a sitting service, and they"
                      + " can help with a carer's assessment. I can go with Denise to her first visit"
                      + " if she would like."),
              topic(
                  PERSON,
                  16,
                  6,
                  "I have never had a carer's assessment. I did not think I was" + " allowed one."),
              topic(
                  GRACE,
                  15,
                  8,
                  "Every carer can ask for one, Denise. It looks at what you need,"
                      + " not only what Liam needs."),
              main(
                  PERSON,
                  10,
                  6,
                  "Liam had a bad week and I had to lift him a lot. My back and"
                      + " shoulders are very sore. I am so tired."),
              main(
                  TOM,
                  9,
                  5,
                  "I am sorry it has been such a hard week. Rest when you can, and use"
                      + " the warm baths that help you. If the pain changes or you feel unwell, please"
                      + " call your GP."),
              topic(
                  PERSON,
                  3,
                  5,
                  "The carers' centre have offered me a visit next month. Jordan,"
                      + " can we talk about how I will cope with someone new in the house?",
                  JORDAN),
              main(
                  PERSON,
                  0,
                  5,
                  "A bit better today. I went to the allotment on Thursday and sat"
                      + " in the sun. It helped.")));
}
