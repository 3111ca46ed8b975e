package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsfacts.internal.Shape;

/**
 * Something discussed, as the text words it, with the evidence for it. Immutable and thread-safe.
 *
 * @param label the topic as written, such as {@code la situación de seguridad en Ucrania}
 * @param evidence the spans of the source that name it; never empty
 * @param about the id of the participant, place, meeting or event of the sheet the topic is, where
 *     it is one: "the upcoming Arctic Council Ministerial"; empty for a topic that is no entity
 */
public record Topic(String label, List<Evidence> evidence, Optional<String> about) {
  static final Shape<Topic> SHAPE = Shape.value("topic", "Something discussed, as written.",
          Topic.class, v -> new Topic(v.get(0), v.list(1), v.optional(2)))
      .required("label", Forms.TEXT, Topic::label)
      .nonEmptyList("evidence", Evidence.SHAPE, Topic::evidence)
      .optional("about", Forms.ID, Topic::about).to(Participant.class, Place.class, Meeting.class, Event.class)
      .build();

  /**
   * Creates a topic; the list of spans is copied.
   *
   * @param label the topic as written
   * @param evidence the spans of the source that name it; at least one
   * @param about the id of the entity the topic is, or empty
   * @throws ValidationException if the label is blank, there is no evidence, or the id is blank
   */
  public Topic {
    Check check = new Check("Topic");
    check.text("label", label);
    if (about == null) {
      check.add("about", Rule.REQUIRED, "about is Optional.empty() for a topic that is no entity, not null");
    } else {
      about.ifPresent(id -> check.id("about", id));
    }
    if (check.required("evidence", evidence)) {
      check.spans("evidence", evidence);
    }
    check.done();
    evidence = List.copyOf(evidence);
  }

  /**
   * {@return a topic, with the spans that name it}
   *
   * @param label the topic as written, such as {@code la situación de seguridad en Ucrania}
   * @param evidence the spans of the source that name it; at least one
   * @throws ValidationException if the label is blank or there is no evidence
   */
  public static Topic of(String label, Evidence... evidence) {
    return new Topic(label, evidence == null ? null : Arrays.asList(evidence), Optional.empty());
  }

  /**
   * {@return this topic, as the entity of the sheet it is}
   *
   * @param entity the id of a participant, place, meeting or event
   * @throws ValidationException if the id is blank
   */
  public Topic withAbout(String entity) {
    return new Topic(label, evidence, Optional.ofNullable(Check.notNull(entity, "entity")));
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Topic.class);
  }

  @JsonCreator
  static Topic jackson(Object json) {
    throw Unregistered.type(Topic.class);
  }
}
