package care.tandem.directory;

import java.util.List;
import java.util.UUID;

/**
 * The ids of Tandem's two local taxonomies and their terms, seeded by the directory migration with
 * fixed ids (UUID v5 of each code) so every Tandem and every feed built for it uses the same ones.
 * "Needs" says what help a service gives; "access" says how people can use it. Services carry them
 * as HSDS attributes (link_entity "service", or "location" for the access features of a building).
 */
public final class TandemTaxonomy {

  public static final UUID NEEDS = UUID.fromString("b661fc88-f073-5db2-96c9-0bd9db218469");
  public static final UUID ACCESS = UUID.fromString("ba3bcf6e-0bed-5feb-9d2b-3762c61b3c69");

  public static final UUID PAIN_SELF_MANAGEMENT = term("ab8b87e2-b4ce-51c1-99aa-f07f61083995");
  public static final UUID PHYSIOTHERAPY_AND_EXERCISE =
      term("6b7682d8-e25a-5dfb-8eb5-06876469a2c0");
  public static final UUID TALKING_THERAPIES = term("a4118105-9178-5864-b160-2e6f7dd40cf2");
  public static final UUID CRISIS_SUPPORT = term("0347afcf-da80-5851-9689-08ef723b17b3");
  public static final UUID PEER_SUPPORT = term("955f1431-9154-5876-83fd-c5ddf649af68");
  public static final UUID MONEY_AND_DEBT = term("fb3db2ff-4c98-5c3b-a11e-2c1fbc9739af");
  public static final UUID WORK_AND_BENEFITS = term("1724e8e3-90f1-5ef6-aaa8-3cbb4e57c371");
  public static final UUID HOUSING = term("6be6131c-a9df-5114-8b28-d7c7aacc8ac9");
  public static final UUID CARERS = term("fd3fef50-e663-5471-970a-0339bcaef915");
  public static final UUID SOCIAL_ACTIVITY_AND_GREEN_SPACE =
      term("869365cf-e2c2-5dcc-a215-0f0849b9f993");
  public static final UUID SLEEP = term("472af32b-7ce0-5b62-b0dd-0b59a06b58ab");

  /** Delivery: a service may be any mix of these. */
  public static final UUID IN_PERSON = term("137e0f97-c0a2-53d1-85e6-bf77e81ef08a");

  public static final UUID BY_PHONE = term("1c6b034e-a778-5d4e-ae4f-d365fab7d470");
  public static final UUID ONLINE = term("5a173b6c-855a-52f0-ad08-e71fd48675af");

  /** People may contact the service themselves, without a referral. */
  public static final UUID SELF_REFERRAL = term("4765bee7-ca08-5dc1-ae36-daec4881ad89");

  /** Access features of a place. */
  public static final UUID STEP_FREE_ACCESS = term("c29692f5-8f20-5e9a-b19f-cfdddab52011");

  public static final UUID HEARING_LOOP = term("91f9ca62-5ee9-550c-ad50-764a1d846e9d");
  public static final UUID ACCESSIBLE_TOILET = term("35c1cada-4059-5343-8130-7aa0ede678c3");
  public static final UUID BSL_INTERPRETER = term("ad4609ad-6ae0-5407-bfe7-23f0ead82f3f");
  public static final UUID QUIET_SPACE = term("89a92914-c3ac-5c8d-ad8f-3088af34bb4f");

  /** Every needs term, in the order the search page lists them. */
  public static final List<UUID> NEEDS_TERMS =
      List.of(
          PAIN_SELF_MANAGEMENT,
          PHYSIOTHERAPY_AND_EXERCISE,
          TALKING_THERAPIES,
          CRISIS_SUPPORT,
          PEER_SUPPORT,
          MONEY_AND_DEBT,
          WORK_AND_BENEFITS,
          HOUSING,
          CARERS,
          SOCIAL_ACTIVITY_AND_GREEN_SPACE,
          SLEEP);

  public static final List<UUID> DELIVERY_TERMS = List.of(IN_PERSON, BY_PHONE, ONLINE);

  public static final List<UUID> ACCESSIBILITY_TERMS =
      List.of(STEP_FREE_ACCESS, HEARING_LOOP, ACCESSIBLE_TOILET, BSL_INTERPRETER, QUIET_SPACE);

  private static UUID term(String id) {
    return UUID.fromString(id);
  }

  private TandemTaxonomy() {}
}
