package care.tandem.system.form;

import org.jspecify.annotations.Nullable;

/**
 * What every form asking for an e-mail address shares, for {@code @Email} on the form record: the
 * message, the rule that the domain has a dot (Bean Validation alone accepts {@code
 * name@localhost}, which no one here can be sent mail at), and stripping the spaces typed around
 * it.
 */
public final class EmailAddress {

  public static final String FORMAT =
      "Enter an email address in the correct format, like name@example.com";

  /**
   * Checked on top of {@code @Email}'s own rules: a dot after the last {@code @}. Empty passes, as
   * {@code @Email} alone lets it: whether the address is needed is {@code @NotBlank}'s to say.
   */
  public static final String WITH_A_DOMAIN = "(.+@[^@]+\\.[^@]+)?";

  private EmailAddress() {}

  /** For a form record's compact constructor, so the address is checked as it will be stored. */
  public static @Nullable String strip(@Nullable String typed) {
    return typed == null ? null : typed.strip();
  }
}
