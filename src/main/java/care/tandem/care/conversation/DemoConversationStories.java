package care.tandem.care.conversation;

import static care.tandem.care.conversation.DemoConversation.PERSON;
import static care.tandem.care.conversation.DemoConversation.main;
import static care.tandem.care.conversation.DemoConversation.topic;

import care.tandem.care.DemoPeople;
import java.util.List;

/**
 * What the demo people and their teams have written to each other (fictional). Sam Taylor: low back
 * pain and low mood, worried about work. Aisha Rahman: neck pain and anxiety after a car accident.
 * Denise Holt: widespread pain, past trauma, and caring for her son Liam.
 */
final class DemoConversationStories {

  private static final String PRIYA = "physio@demo.tandem";
  private static final String ANA = "gp@demo.tandem";
  private static final String JORDAN = "mentalhealth@demo.tandem";
  private static final String TOM = "pain@demo.tandem";
  private static final String GRACE = "volunteer@demo.tandem";

  private DemoConversationStories() {}

  static final DemoConversation SAM =
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

  static final DemoConversation AISHA =
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

  static final DemoConversation DENISE =
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

  static final List<DemoConversation> ALL = List.of(SAM, AISHA, DENISE);
}
