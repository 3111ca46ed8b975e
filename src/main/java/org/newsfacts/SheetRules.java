package org.newsfacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that need the whole sheet: unique ids, resolving references, evidence, quotes. Paths
 * are put together only for what breaks a rule, so that a valid sheet is checked without building
 * strings.
 */
final class SheetRules {
  private final FactSheet sheet;
  private final List<Violation> found = new ArrayList<>();
  private final Map<String, Object> byId;

  private SheetRules(FactSheet sheet) {
    this.sheet = sheet;
    int size = sheet.participants().size() + sheet.meetings().size() + sheet.statements().size()
        + sheet.claims().size();
    this.byId = new HashMap<>(size * 4 / 3 + 1);
  }

  static List<Violation> check(FactSheet sheet) {
    SheetRules rules = new SheetRules(sheet);
    rules.run();
    return rules.found;
  }

  private void run() {
    define("participants", sheet.participants());
    define("meetings", sheet.meetings());
    define("statements", sheet.statements());
    define("claims", sheet.claims());
    List<Participant> participants = sheet.participants();
    for (int i = 0; i < participants.size(); i++) {
      participant(i, participants.get(i));
    }
    List<Meeting> meetings = sheet.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      meeting(i, meetings.get(i));
    }
    List<Statement> statements = sheet.statements();
    for (int i = 0; i < statements.size(); i++) {
      statement(i, statements.get(i));
    }
    List<Claim> claims = sheet.claims();
    for (int i = 0; i < claims.size(); i++) {
      claim(i, claims.get(i));
    }
  }

  private void define(String collection, List<?> things) {
    for (int i = 0; i < things.size(); i++) {
      Object thing = things.get(i);
      String id = idOf(thing);
      Object earlier = byId.putIfAbsent(id, thing);
      if (earlier != null) {
        add(collection + "[" + i + "].id", "id.duplicate", "id '" + id + "' is already the id of "
            + where(earlier));
      }
    }
  }

  private static String idOf(Object thing) {
    if (thing instanceof Participant) {
      return ((Participant) thing).id();
    }
    if (thing instanceof Meeting) {
      return ((Meeting) thing).id();
    }
    return thing instanceof Statement ? ((Statement) thing).id() : ((Claim) thing).id();
  }

  /** {@return the path of a participant, meeting, statement or claim, such as {@code meetings[0]}} */
  private String where(Object thing) {
    if (thing instanceof Participant) {
      return "participants[" + indexOf(sheet.participants(), thing) + "]";
    }
    if (thing instanceof Meeting) {
      return "meetings[" + indexOf(sheet.meetings(), thing) + "]";
    }
    if (thing instanceof Statement) {
      return "statements[" + indexOf(sheet.statements(), thing) + "]";
    }
    return "claims[" + indexOf(sheet.claims(), thing) + "]";
  }

  private static int indexOf(List<?> things, Object thing) {
    for (int i = 0; i < things.size(); i++) {
      if (things.get(i) == thing) {
        return i;
      }
    }
    return -1;
  }

  private void participant(int index, Participant participant) {
    List<Role> roles = participant.roles();
    for (int r = 0; r < roles.size(); r++) {
      if (roles.get(r).of().isPresent()) {
        ref("participants", index, "roles[" + r + "].of", roles.get(r).of().get(), Kind.PARTICIPANT);
      }
    }
    List<String> members = participant.members();
    for (int m = 0; m < members.size(); m++) {
      ref("participants", index, "members", m, members.get(m), Kind.PARTICIPANT);
    }
    evidence("participants", index, "", participant.evidence());
  }

  private void meeting(int index, Meeting meeting) {
    List<String> participants = meeting.participants();
    for (int p = 0; p < participants.size(); p++) {
      ref("meetings", index, "participants", p, participants.get(p), Kind.PARTICIPANT);
    }
    List<Topic> topics = meeting.topics();
    for (int t = 0; t < topics.size(); t++) {
      evidence("meetings", index, "topics[" + t + "].", topics.get(t).evidence());
    }
    evidence("meetings", index, "", meeting.evidence());
  }

  private void statement(int index, Statement statement) {
    ref("statements", index, "speaker", statement.speaker(), Kind.PARTICIPANT);
    if (statement.reportedBy().isPresent()) {
      ref("statements", index, "reportedBy", statement.reportedBy().get(), Kind.PARTICIPANT);
    }
    if (statement.occasion().isPresent()) {
      ref("statements", index, "occasion", statement.occasion().get(), Kind.MEETING);
    }
    evidence("statements", index, "", statement.evidence());
    if (statement.speech() == SpeechMode.DIRECT && !quotedVerbatim(statement)) {
      add("statements[" + index + "].text", "quote.not-verbatim",
          "a direct quote must stand verbatim in one of its evidence spans, and this one does not");
    }
  }

  private static boolean quotedVerbatim(Statement statement) {
    for (Evidence span : statement.evidence()) {
      if (span.text().contains(statement.text())) {
        return true;
      }
    }
    return false;
  }

  private void claim(int index, Claim claim) {
    ref("claims", index, "holder", claim.holder(), Kind.HOLDER);
    term(index, "subject", claim.subject());
    if (claim.value().isPresent()) {
      term(index, "value", claim.value().get());
    }
    evidence("claims", index, "", claim.evidence());
  }

  private void term(int index, String field, Term term) {
    if (term instanceof Term.OfEntity) {
      ref("claims", index, field + ".entity", ((Term.OfEntity) term).id(), Kind.ENTITY);
    }
  }

  private void ref(String collection, int index, String field, int element, String id, Kind kind) {
    Object target = byId.get(id);
    if (target == null || !kind.accepts(target)) {
      ref(collection, index, field + "[" + element + "]", id, kind);
    }
  }

  private void ref(String collection, int index, String field, String id, Kind kind) {
    Object target = byId.get(id);
    if (target == null) {
      add(collection + "[" + index + "]." + field, "ref.unresolved",
          "no " + kind.noun + " has the id '" + id + "'");
    } else if (!kind.accepts(target)) {
      add(collection + "[" + index + "]." + field, "ref.kind",
          "'" + id + "' is " + where(target) + ", not a " + kind.noun);
    }
  }

  /**
   * Checks the evidence of one entity against the source.
   *
   * @param prefix what stands between the entity and {@code evidence}, such as {@code topics[0].}
   */
  private void evidence(String collection, int index, String prefix, List<Evidence> evidence) {
    Source source = sheet.source();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence span = evidence.get(i);
      if (source.covers(span)) {
        continue;
      }
      String spanPath = collection + "[" + index + "]." + prefix + "evidence[" + i + "]";
      String actual = source.slice(span.start(), span.end());
      if (actual == null) {
        add(spanPath + ".end", "evidence.out-of-bounds", "span [" + span.start() + "," + span.end()
            + ") ends after the source text");
      } else {
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
