package org.newsfacts.bench;

import java.util.List;

/**
 * Baseline 1: what a user would write instead of the library: plain records of the same shape as
 * the JSON format, read and written by Jackson databind, with no validation at all.
 */
final class Baseline {
  private Baseline() {}

  record Sheet(int formatVersion, Source source, List<Participant> participants, List<Meeting> meetings,
      List<Statement> statements, List<Claim> claims) {}

  record Source(String headline, String language, String publisher, String url, String published,
      String text) {}

  record Participant(String id, String kind, String name, List<Role> roles, String country,
      List<String> members, Integer statedCount, List<ExternalId> externalIds, List<Evidence> evidence) {}

  record Role(String title, String of) {}

  record ExternalId(String scheme, String value) {}

  record Meeting(String id, String name, Ordinal ordinal, String date, Place place, String mode,
      List<String> participants, List<Topic> topics, List<Evidence> evidence) {}

  record Ordinal(int number, String series) {}

  record Place(String name, String country) {}

  record Topic(String label, List<Evidence> evidence) {}

  record Statement(String id, String speaker, String speech, String act, String text,
      List<Translation> translations, String channel, String reportedBy, String occasion,
      List<Evidence> evidence) {}

  record Translation(String language, String text) {}

  record Claim(String id, String holder, Term subject, String predicate, Term value, String time,
      String modality, List<Evidence> evidence) {}

  record Term(String text, String entity, Quantity quantity, String date) {}

  record Quantity(String amount, String unit) {}

  record Evidence(int start, int end, String text) {}
}
