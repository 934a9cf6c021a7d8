package care.tandem.care.record;

import care.tandem.care.AboutMe;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** "About me" as the person writes it: seven questions, each optional. */
record AboutMeForm(
    @Size(max = LIMIT, message = "What matters to you must be 4000 characters or fewer")
        @Nullable String whatMatters,
    @Size(max = LIMIT, message = "Your work and money must be 4000 characters or fewer")
        @Nullable String workAndMoney,
    @Size(max = LIMIT, message = "Caring for others must be 4000 characters or fewer")
        @Nullable String caringDuties,
    @Size(max = LIMIT, message = "What makes things worse must be 4000 characters or fewer")
        @Nullable String whatMakesWorse,
    @Size(max = LIMIT, message = "What makes things better must be 4000 characters or fewer")
        @Nullable String whatMakesBetter,
    @Size(max = LIMIT, message = "What you have tried must be 4000 characters or fewer")
        @Nullable String alreadyTried,
    @Size(max = LIMIT, message = "How you want to be spoken to must be 4000 characters or fewer")
        @Nullable String howToSpeakToMe,
    @Nullable String version) {

  static final int LIMIT = 4000;

  static AboutMeForm of(AboutMe saved) {
    return new AboutMeForm(
        saved.whatMatters(),
        saved.workAndMoney(),
        saved.caringDuties(),
        saved.whatMakesWorse(),
        saved.whatMakesBetter(),
        saved.alreadyTried(),
        saved.howToSpeakToMe(),
        String.valueOf(saved.version()));
  }

  AboutMe toAboutMe(UUID person, int version) {
    return new AboutMe(
        person,
        PersonForm.text(whatMatters),
        PersonForm.text(workAndMoney),
        PersonForm.text(caringDuties),
        PersonForm.text(whatMakesWorse),
        PersonForm.text(whatMakesBetter),
        PersonForm.text(alreadyTried),
        PersonForm.text(howToSpeakToMe),
        version,
        null,
        null);
  }
}
