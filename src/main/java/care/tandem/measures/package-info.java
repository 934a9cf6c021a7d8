/**
 * Measures and safety-netting: validated questionnaires kept as data (FHIR Questionnaire resources
 * with a scoring definition beside each), one generic scoring engine, results and change over time
 * on the shared record, crisis support that always shows after a worrying answer, and alerts that a
 * named clinician must close.
 *
 * <p>The public API is this package: {@link care.tandem.measures.Instruments} (what can be asked),
 * {@link care.tandem.measures.Scorer} (scoring), {@link care.tandem.measures.ChangeRules} (change
 * between two scores), {@link care.tandem.measures.CompletedQuestionnaires} and {@link
 * care.tandem.measures.SafetyAlertsOnRecord} (for the FHIR interface) and the {@link
 * care.tandem.measures.QuestionnaireSubmitted} event.
 */
@NullMarked
package care.tandem.measures;

import org.jspecify.annotations.NullMarked;
