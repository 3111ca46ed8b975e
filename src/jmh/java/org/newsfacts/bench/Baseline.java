package org.newsfacts.bench;

import java.util.List;

/**
 * Baseline 1: what a user would write instead of the library: plain records of the same shape as
 * the JSON format, read and written by Jackson databind, with no validation at all.
 */
final class Baseline {
  private Baseline() {}

  record Sheet(int formatVersion, Provenance provenance, Source source, List<Participant> participants,
      List<Place> places, List<Meeting> meetings, List<Statement> statements, List<Claim> claims) {}

  record Provenance(String method, List<Agent> madeBy, List<Agent> reviewedBy, String created,
      String sourceDigest) {}

  record Agent(String kind, String name, String version) {}

  record Source(String headline, String language, String publisher, String url, String published,
      List<String> authors, String dateline, Revision revision, Boolean translated,
      String originalLanguage, String text, List<String> inferred) {}

  record Revision(String label, String note, String time) {}

  record Participant(String id, String kind, String name, Boolean unnamed, String description,
      String anonymity, List<Role> roles, List<String> characterisations, String country,
      List<String> members, Integer statedCount, List<ExternalId> externalIds, Boolean publisher,
      List<Evidence> evidence, java.math.BigDecimal confidence, List<String> inferred) {}

  record Role(String title, String of, String relativeTo) {}

  record ExternalId(String scheme, String value) {}

  record Place(String id, String name, String kind, String country, String within,
      List<Evidence> evidence, java.math.BigDecimal confidence, List<String> inferred) {}

  record Meeting(String id, String name, Ordinal ordinal, String status, String statusBy, String medium,
      Time time, Time previousTime, String place, List<Attendee> participants, List<Topic> topics,
      List<MeetingLink> links, List<Evidence> evidence, java.math.BigDecimal confidence,
      List<String> inferred) {}

  record Attendee(String participant, String part) {}

  record MeetingLink(String relation, String meeting) {}

  record Ordinal(int number, String series) {}

  record Topic(String label, List<Evidence> evidence) {}

  record Statement(String id, String speaker, String speech, String act, Evidence cue, String text,
      String language, List<Translation> translations, List<String> addressees, List<String> targets,
      String channel, Time time, String occasion, String reportedBy, List<StatementLink> links,
      List<Topic> topics, List<Evidence> evidence, java.math.BigDecimal confidence, List<String> inferred) {}

  record StatementLink(String relation, String target) {}

  record Translation(String language, String text) {}

  record Claim(String id, String holder, Term subject, String predicate, Term value,
      List<Argument> arguments, String kind, Factuality factuality, List<Assessment> assessments,
      Time time, List<Evidence> evidence, java.math.BigDecimal confidence, List<String> inferred) {}

  record Argument(String kind, Term value) {}

  record Assessment(String by, Factuality factuality) {}

  record Factuality(String certainty, String polarity, List<Evidence> cues) {}

  record Term(String text, String entity, Quantity quantity, Time time, Change change) {}

  record Change(String direction, Quantity by, Quantity from, Quantity to, Time baseline) {}

  record Time(String at, String start, String end, Quantity duration, String modifier, String words) {}

  record Quantity(String amount, Boolean approximate, String atLeast, String moreThan, String atMost,
      String lessThan, String words, String unit, String of, List<Quantity> equivalents) {}

  record Evidence(int start, int end, String text) {}
}
