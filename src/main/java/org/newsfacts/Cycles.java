package org.newsfacts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chains of a sheet that must not go round in a circle: statements reported by statements,
 * statements part of or said during statements, places within places, meetings and events part of
 * or during each other, that follow or precede each other, meetings that replace each other, events
 * that cause each other, claims about claims, claims that update each other, groups that are members
 * of themselves, participants part of themselves. A
 * statement that answers, denies or confirms itself is a circle of one. Each chain is walked once,
 * depth first without recursion: time linear in the number of references.
 */
final class Cycles {
  private final SheetRules rules;

  Cycles(SheetRules rules) {
    this.rules = rules;
  }

  /** One chain: its edges, each with the path of the reference that makes it. */
  private static final class Chain {
    final String what;
    /** In the order the references stand in the sheet, so that the same circle is always reported at the same place. */
    final Map<String, List<String[]>> edges = new LinkedHashMap<>();

    Chain(String what) {
      this.what = what;
    }

    /** Adds the edge {@code from → to}, made by the reference at {@code path}. */
    void add(String from, String to, String path) {
      edges.computeIfAbsent(from, k -> new ArrayList<>(2)).add(new String[] {to, path});
    }
  }

  private static String kind(Object entity) {
    return entity instanceof Claim ? "a claim" : entity instanceof Participant ? "a participant"
        : entity instanceof Meeting ? "a meeting" : "an event";   // a place: refused as a target at all
  }

  void check() {
    FactSheet sheet = rules.sheet();
    Chain reported = new Chain("reported by");
    Chain inside = new Chain("part of or said during");
    List<Statement> statements = sheet.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      int index = i;
      s.reportedBy().filter(id -> rules.entity(id, Statement.class) != null)
          .ifPresent(id -> reported.add(s.id(), id, "statements[" + index + "].reportedBy"));
      for (int l = 0; l < s.links().size(); l++) {
        Statement.Link link = s.links().get(l);
        String path = "statements[" + i + "].links[" + l + "].target";
        String relation = link.relation().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (link.target().equals(s.id())) {
          rules.add(path, Rule.REF_CYCLE, "a statement " + relation + " another statement or claim,"
              + " not itself");
        } else if (link.relation() == Statement.Link.Relation.PART_OF
            || link.relation() == Statement.Link.Relation.DURING) {
          Object target = rules.entity(link.target(), Object.class);
          if (target != null && !(target instanceof Statement) && !(target instanceof Place)) {
            rules.add(path, Rule.REF_KIND, "a statement is " + relation + " another statement, and '"
                + link.target() + "' is " + kind(target) + (target instanceof Meeting || target instanceof Event
                ? ": a statement made at a meeting or event has it as its occasion" : ""));
          } else {
            inside.add(s.id(), link.target(), path);
          }
        } else if (rules.entity(link.target(), Participant.class) != null
            && rules.entity(link.target(), Participant.class).kind() != Participant.Kind.DOCUMENT) {
          rules.add(path, Rule.REF_KIND, "a statement " + relation + " what is said: a statement, a claim, or a"
              + " report (a document); '" + link.target() + "' is a " + rules.entity(link.target(),
              Participant.class).kind().name().toLowerCase(java.util.Locale.ROOT) + ": link to what it said, or"
              + " name it among the targets");
        }
      }
    }
    Chain within = new Chain("within");
    List<Place> places = sheet.places();
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      int index = i;
      p.within().ifPresent(id -> within.add(p.id(), id, "places[" + index + "].within"));
    }
    Chain partOf = new Chain("part of or during");
    Chain order = new Chain("after");
    Chain replaces = new Chain("replacing");
    List<Meeting> meetings = sheet.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      for (int l = 0; l < m.links().size(); l++) {
        Meeting.Link link = m.links().get(l);
        String path = "meetings[" + i + "].links[" + l + "].meeting";
        switch (link.relation()) {
          case PART_OF:
          case DURING:
            partOf.add(m.id(), link.meeting(), path);
            break;
          case FOLLOWS:
            order.add(m.id(), link.meeting(), path);
            break;
          case PRECEDES:
            order.add(link.meeting(), m.id(), path);
            break;
          default:
            replaces.add(m.id(), link.meeting(), path);
            break;
        }
      }
    }
    Chain causes = new Chain("causing");
    List<Event> events = sheet.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      for (int l = 0; l < e.links().size(); l++) {
        Event.Link link = e.links().get(l);
        String path = "events[" + i + "].links[" + l + "].target";
        switch (link.relation()) {
          case PART_OF:
          case DURING:
            partOf.add(e.id(), link.target(), path);
            break;
          case FOLLOWS:
            order.add(e.id(), link.target(), path);
            break;
          case PRECEDES:
            order.add(link.target(), e.id(), path);
            break;
          default:
            causes.add(e.id(), link.target(), path);
            break;
        }
      }
    }
    Chain about = new Chain("about");
    List<Claim> claims = sheet.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      aboutClaim(about, c, c.subject(), "claims[" + i + "].subject.entity");
      int index = i;
      c.value().ifPresent(value -> aboutClaim(about, c, value, "claims[" + index + "].value.entity"));
    }
    Chain updates = new Chain("an update of");
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      int index = i;
      c.updates().ifPresent(id -> updates.add(c.id(), id, "claims[" + index + "].updates"));
    }
    Chain members = new Chain("a member of");
    Chain belongs = new Chain("part of");
    List<Participant> participants = sheet.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      for (int m = 0; m < p.members().size(); m++) {
        members.add(p.id(), p.members().get(m), "participants[" + i + "].members[" + m + "]");
      }
      for (int m = 0; m < p.partOf().size(); m++) {
        belongs.add(p.id(), p.partOf().get(m), "participants[" + i + "].partOf[" + m + "]");
      }
    }
    for (Chain chain : List.of(reported, inside, within, partOf, order, replaces, causes, about, updates,
        members, belongs)) {
      find(chain);
    }
  }

  private void aboutClaim(Chain about, Claim claim, Term term, String path) {
    if (term instanceof Term.OfEntity && rules.entity(((Term.OfEntity) term).id(), Claim.class) != null) {
      about.add(claim.id(), ((Term.OfEntity) term).id(), path);
    }
  }

  /** Reports each edge that closes a circle, found by an iterative depth-first walk. */
  private void find(Chain chain) {
    Map<String, Integer> state = new HashMap<>();   // absent: unseen; 1: on the walk; 2: done
    for (String start : chain.edges.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<Object[]> stack = new ArrayDeque<>();
      stack.push(new Object[] {start, 0});
      state.put(start, 1);
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        String node = (String) top[0];
        int next = (Integer) top[1];
        List<String[]> out = chain.edges.getOrDefault(node, List.of());
        if (next == out.size()) {
          state.put(node, 2);
          stack.pop();
          continue;
        }
        top[1] = next + 1;
        String[] edge = out.get(next);
        Integer seen = state.get(edge[0]);
        if (seen == null) {
          state.put(edge[0], 1);
          stack.push(new Object[] {edge[0], 0});
        } else if (seen == 1) {
          rules.add(edge[1], Rule.REF_CYCLE, "'" + node + "' is " + chain.what + " '" + edge[0]
              + "', which comes back to it: a chain of " + chain.what + " must not go round in a circle");
        }
      }
    }
  }
}
