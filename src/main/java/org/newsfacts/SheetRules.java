package org.newsfacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules that need the whole sheet: unique ids, resolving references, evidence, quotes. */
final class SheetRules {
  private final FactSheet sheet;
  private final List<Violation> found = new ArrayList<>();
  /** Where each id was first defined, by its path ("participants[0]"). */
  private final Map<String, String> definedAt = new HashMap<>();
  private final Map<String, Object> byId = new HashMap<>();

  private SheetRules(FactSheet sheet) {
    this.sheet = sheet;
  }

  static List<Violation> check(FactSheet sheet) {
    SheetRules rules = new SheetRules(sheet);
    rules.run();
    return rules.found;
  }

  private void run() {
    for (int i = 0; i < sheet.participants().size(); i++) {
      define("participants[" + i + "]", sheet.participants().get(i).id(), sheet.participants().get(i));
    }
    for (int i = 0; i < sheet.meetings().size(); i++) {
      define("meetings[" + i + "]", sheet.meetings().get(i).id(), sheet.meetings().get(i));
    }
    for (int i = 0; i < sheet.statements().size(); i++) {
      define("statements[" + i + "]", sheet.statements().get(i).id(), sheet.statements().get(i));
    }
    for (int i = 0; i < sheet.claims().size(); i++) {
      define("claims[" + i + "]", sheet.claims().get(i).id(), sheet.claims().get(i));
    }
    for (int i = 0; i < sheet.participants().size(); i++) {
      participant("participants[" + i + "]", sheet.participants().get(i));
    }
    for (int i = 0; i < sheet.meetings().size(); i++) {
      meeting("meetings[" + i + "]", sheet.meetings().get(i));
    }
    for (int i = 0; i < sheet.statements().size(); i++) {
      statement("statements[" + i + "]", sheet.statements().get(i));
    }
    for (int i = 0; i < sheet.claims().size(); i++) {
      claim("claims[" + i + "]", sheet.claims().get(i));
    }
  }

  private void define(String path, String id, Object thing) {
    String earlier = definedAt.putIfAbsent(id, path);
    if (earlier != null) {
      add(path + ".id", "id.duplicate", "id '" + id + "' is already the id of " + earlier);
    } else {
      byId.put(id, thing);
    }
  }

  private void participant(String path, Participant participant) {
    for (int r = 0; r < participant.roles().size(); r++) {
      String rolePath = path + ".roles[" + r + "].of";
      participant.roles().get(r).of().ifPresent(id -> ref(rolePath, id, Kind.PARTICIPANT));
    }
    refs(path + ".members", participant.members(), Kind.PARTICIPANT);
    evidence(path, participant.evidence());
  }

  private void meeting(String path, Meeting meeting) {
    refs(path + ".participants", meeting.participants(), Kind.PARTICIPANT);
    for (int t = 0; t < meeting.topics().size(); t++) {
      evidence(path + ".topics[" + t + "]", meeting.topics().get(t).evidence());
    }
    evidence(path, meeting.evidence());
  }

  private void statement(String path, Statement statement) {
    ref(path + ".speaker", statement.speaker(), Kind.PARTICIPANT);
    statement.reportedBy().ifPresent(id -> ref(path + ".reportedBy", id, Kind.PARTICIPANT));
    statement.occasion().ifPresent(id -> ref(path + ".occasion", id, Kind.MEETING));
    evidence(path, statement.evidence());
    if (statement.speech() == SpeechMode.DIRECT
        && statement.evidence().stream().noneMatch(e -> e.text().contains(statement.text()))) {
      add(path + ".text", "quote.not-verbatim",
          "a direct quote must stand verbatim in one of its evidence spans, and this one does not");
    }
  }

  private void claim(String path, Claim claim) {
    ref(path + ".holder", claim.holder(), Kind.HOLDER);
    term(path + ".subject", claim.subject());
    claim.value().ifPresent(value -> term(path + ".value", value));
    evidence(path, claim.evidence());
  }

  private void term(String path, Term term) {
    if (term instanceof Term.OfEntity) {
      ref(path + ".entity", ((Term.OfEntity) term).id(), Kind.ENTITY);
    }
  }

  private void refs(String path, List<String> ids, Kind kind) {
    for (int i = 0; i < ids.size(); i++) {
      ref(path + "[" + i + "]", ids.get(i), kind);
    }
  }

  private void ref(String path, String id, Kind kind) {
    Object target = byId.get(id);
    if (target == null) {
      add(path, "ref.unresolved", "no " + kind.noun + " has the id '" + id + "'");
    } else if (!kind.accepts(target)) {
      add(path, "ref.kind", "'" + id + "' is " + definedAt.get(id) + ", not a " + kind.noun);
    }
  }

  private void evidence(String path, List<Evidence> evidence) {
    for (int i = 0; i < evidence.size(); i++) {
      Evidence span = evidence.get(i);
      String spanPath = path + ".evidence[" + i + "]";
      String actual = sheet.source().slice(span.start(), span.end());
      if (actual == null) {
        add(spanPath + ".end", "evidence.out-of-bounds", "span [" + span.start() + "," + span.end()
            + ") ends after the source text");
      } else if (!actual.equals(span.text())) {
        add(spanPath + ".text", "evidence.mismatch", "the source text from " + span.start() + " to "
            + span.end() + " is \"" + abbreviate(actual) + "\", not \"" + abbreviate(span.text()) + "\"");
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private void add(String path, String rule, String message) {
    found.add(Violation.of(path, rule, message));
  }

  private enum Kind {
    PARTICIPANT("participant"),
    MEETING("meeting"),
    HOLDER("statement or meeting"),
    ENTITY("participant or meeting");

    final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    boolean accepts(Object target) {
      switch (this) {
        case PARTICIPANT:
          return target instanceof Participant;
        case MEETING:
          return target instanceof Meeting;
        case HOLDER:
          return target instanceof Statement || target instanceof Meeting;
        default:
          return target instanceof Participant || target instanceof Meeting;
      }
    }
  }
}
