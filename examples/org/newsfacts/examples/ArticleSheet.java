package org.newsfacts.examples;

import java.util.ArrayList;
import java.util.List;
import org.newsfacts.Claim;
import org.newsfacts.CountryCode;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.LanguageTag;
import org.newsfacts.Meeting;
import org.newsfacts.Factuality;
import org.newsfacts.Ordinal;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Quantity;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Time;
import org.newsfacts.Term;
import org.newsfacts.Topic;
import org.newsfacts.Unit;

/**
 * The facts of the Ukrinform article, built with the public builders, every span found in the text
 * itself. What the article leaves out (Umerov's first name, the date and place of his meeting, the
 * year of "17 de enero", the channel of the later quotes) is left out here too; what the sheet adds
 * (the country codes of the named countries, the dollar of "dólares") is marked as inferred.
 */
public final class ArticleSheet {
  private final Source source;

  private ArticleSheet(Source source) {
    this.source = source;
  }

  /**
   * @param text the article, exactly as published
   * @return its fact sheet
   */
  public static FactSheet build(String text) {
    Source source = Source.builder()
        .headline(text.substring(0, text.indexOf('\n')))
        .language(LanguageTag.of("es"))
        .publisher("Ukrinform")
        .text(text)
        .build();
    return new ArticleSheet(source).sheet();
  }

  private FactSheet sheet() {
    FactSheet.Builder sheet = FactSheet.builder().source(source);
    participants().forEach(sheet::addParticipants);
    places().forEach(sheet::addPlaces);
    meetings().forEach(sheet::addMeetings);
    statements().forEach(sheet::addStatements);
    claims().forEach(sheet::addClaims);
    return sheet.build();
  }

  private Evidence span(String exact) {
    return source.find(exact);
  }

  private List<Participant> participants() {
    List<Participant> all = new ArrayList<>();
    all.add(Participant.builder()
        .id("p-umerov").kind(Participant.Kind.PERSON)
        .name("Umerov")
        .addRoles(Role.of("ministro de Defensa"))
        .addAllEvidence(source.findAll("Umerov"))
        .addEvidence(span("el ministro de Defensa"))
        .build());
    all.add(Participant.builder()
        .id("p-ukrinform").kind(Participant.Kind.ORGANISATION)
        .name("Ukrinform")
        .publisher(true)
        .addAllEvidence(source.findAll("Ukrinform"))
        .build());
    all.add(Participant.builder()
        .id("p-ukraine").kind(Participant.Kind.COUNTRY)
        .name("Ucrania")
        .country(CountryCode.of("UA"))
        .addInferred("country")
        .addAllEvidence(source.findAll("Ucrania"))
        .build());
    String[][] countries = {
      {"AL", "Albania"}, {"BA", "Bosnia y Herzegovina"}, {"MD", "Moldavia"},
      {"MK", "Macedonia del Norte"}, {"RO", "Rumania"}, {"SI", "Eslovenia"},
      {"TR", "Turquía"}, {"HR", "Croacia"}, {"ME", "Montenegro"}
    };
    List<String> delegations = new ArrayList<>();
    for (String[] country : countries) {
      String id = "p-" + country[0].toLowerCase(java.util.Locale.ROOT);
      delegations.add(id);
      all.add(Participant.builder()
          .id(id).kind(Participant.Kind.COUNTRY)
          .name(country[1])
          .country(CountryCode.of(country[0]))
          .addInferred("country")
          .addEvidence(span(country[1]))
          .build());
    }
    all.add(Participant.builder()
        .id("p-delegations").kind(Participant.Kind.GROUP)
        .name("ministros de Asuntos Exteriores y representantes de 9 países del Sudeste de Europa")
        .addAllMembers(delegations)
        .statedCount(9)
        .addEvidence(span(
            "ministros de Asuntos Exteriores y representantes de 9 países del Sudeste de Europa"))
        .addEvidence(span("las delegaciones"))
        .build());
    all.add(Participant.builder()
        .id("p-southeast-europe").kind(Participant.Kind.GROUP)
        .name("los países del Sudeste de Europa")
        .addAllEvidence(source.findAll("los países del Sudeste de Europa"))
        .build());
    return all;
  }

  /** The places the article names: where the Kyiv meeting was, and the theatres of operations. */
  private List<Place> places() {
    return List.of(
        place("pl-kyiv", "Kyiv", Place.Kind.CITY),
        place("pl-pokrovsk", "Pokrovsk", null),
        place("pl-kursk", "Kursk", null),
        place("pl-kharkiv-region", "región de Járkiv", Place.Kind.REGION),
        place("pl-black-sea", "Mar Negro", Place.Kind.OTHER));
  }

  private Place place(String id, String name, Place.Kind kind) {
    Place.Builder place = Place.builder().id(id).name(name).addEvidence(span(name));
    if (kind != null) {
      place.kind(kind);
    }
    return place.build();
  }

  private List<Meeting> meetings() {
    Meeting reported = Meeting.builder()
        .id("m-southeast-europe")
        .name("una reunión importante con ministros de Asuntos Exteriores y representantes de 9"
            + " países del Sudeste de Europa")
        .status(Meeting.Status.HELD)            // "Tuve una reunión": it took place
        .statusBy("s-meeting")
        .addParticipants("p-umerov", "p-delegations")
        .addTopics(
            topic("los principales desafíos y necesidades"),
            topic("los resultados de la 25ª reunión en el formato Ramstein"),
            topic("la situación de seguridad en Ucrania"),
            topic("el progreso de las operaciones: Pokrovsk, Kursk, región de Járkiv, Mar Negro"),
            topic("las necesidades básicas de las Fuerzas de Defensa, en particular, el"
                + " fortalecimiento de la defensa aérea, el aumento de la producción de drones, el"
                + " suministro de armas de largo alcance y la dotación de equipos militares"
                + " modernos"))
        .addEvidence(span("Tuve una reunión importante con ministros de Asuntos Exteriores y"
            + " representantes de 9 países del Sudeste de Europa"))
        .addEvidence(span("durante la reunión"))
        .build();
    // "los resultados de la 25ª reunión" presupposes that it took place; the text does not say so.
    Meeting ramstein = Meeting.builder()
        .id("m-ramstein-25")
        .name("la 25ª reunión en el formato Ramstein")
        .ordinal(Ordinal.of(25, "formato Ramstein"))
        .status(Meeting.Status.HELD)
        .addInferred("status")
        .addEvidence(span("la 25ª reunión en el formato Ramstein"))
        .build();
    Meeting kyiv = Meeting.builder()
        .id("m-kyiv-ministerial-1")
        .name("la primera reunión ministerial de Ucrania y los países del Sudeste de Europa")
        .ordinal(Ordinal.of(1, "reunión ministerial de Ucrania y los países del Sudeste de Europa"))
        .status(Meeting.Status.HELD)            // "se celebró"
        .statusBy("s-kyiv")
        .time(Time.at(PartialDate.ofMonthDay(1, 17)))   // "el 17 de enero": no year
        .place("pl-kyiv")
        .addParticipants("p-ukraine", "p-southeast-europe")
        .addEvidence(span("el 17 de enero se celebró en Kyiv la primera reunión ministerial de"
            + " Ucrania y los países del Sudeste de Europa"))
        .build();
    return List.of(reported, ramstein, kyiv);
  }

  private Topic topic(String label) {
    return Topic.of(label, span(label));
  }

  private List<Statement> statements() {
    return List.of(
        umerov("s-headline", SpeechMode.INDIRECT, SpeechAct.INVITE, span("invita"),
            "invita a los países del Sudeste de Europa a sumarse al trabajo de las coaliciones de"
                + " defensa")
            .channel("Facebook")
            .addTargets("p-southeast-europe")
            .addEvidence(span(source.headline().orElseThrow()))
            .addEvidence(span("Así lo dijo Umerov vía Facebook, informa Ukrinform."))
            .build(),
        umerov("s-meeting", SpeechMode.DIRECT, SpeechAct.INFORM, span("informa Umerov"),
            "Tuve una reunión importante con ministros de Asuntos Exteriores y representantes de 9"
                + " países del Sudeste de Europa: Albania, Bosnia y Herzegovina, Moldavia, Macedonia"
                + " del Norte, Rumania, Eslovenia, Turquía, Croacia y Montenegro")
            .occasion("m-southeast-europe")
            .addEvidence(span("“Tuve una reunión importante con ministros de Asuntos Exteriores y"
                + " representantes de 9 países del Sudeste de Europa: Albania, Bosnia y"
                + " Herzegovina, Moldavia, Macedonia del Norte, Rumania, Eslovenia, Turquía, Croacia"
                + " y Montenegro”, informa Umerov."))
            .build(),
        umerov("s-challenges", SpeechMode.MIXED, SpeechAct.SAY, source.find("Según él", 1),
            "hablaron de los principales desafíos y necesidades, en particular \"los resultados de"
                + " la 25ª reunión en el formato Ramstein, que sigue siendo clave para coordinar la"
                + " estrategia de seguridad con nuestros aliados\"")
            .occasion("m-southeast-europe")
            .addTopics(topic("los principales desafíos y necesidades"))
            .addEvidence(span("Según él, hablaron de los principales desafíos y necesidades, en"
                + " particular \"los resultados de la 25ª reunión en el formato Ramstein, que sigue"
                + " siendo clave para coordinar la estrategia de seguridad con nuestros"
                + " aliados\"."))
            .build(),
        umerov("s-invite", SpeechMode.DIRECT, SpeechAct.SAY, span("señaló Umerov"),
            "Invité a las delegaciones a participar activamente en el trabajo de las coaliciones de"
                + " defensa para proporcionar a Ucrania todo lo que necesita")
            .occasion("m-southeast-europe")
            .addEvidence(span("\"Invité a las delegaciones a participar activamente en el trabajo"
                + " de las coaliciones de defensa para proporcionar a Ucrania todo lo que"
                + " necesita\", señaló Umerov."))
            .build(),
        Statement.builder()
            .id("s-topics").speaker("p-ukrinform")
            .speech(SpeechMode.NARRATION).act(SpeechAct.INFORM)
            .text(TOPICS)
            .occasion("m-southeast-europe")
            .addEvidence(span(TOPICS + "."))
            .build(),
        umerov("s-capabilities", SpeechMode.DIRECT, SpeechAct.EMPHASIZE,
            span("enfatizó el ministro de Defensa"),
            "En 2025, las capacidades de la industria de defensa ucraniana pueden alcanzar los 35"
                + " mil millones de dólares. Para ello son importantes: las inversiones de los"
                + " socios, la creación de empresas conjuntas para maximizar el potencial de nuestro"
                + " complejo industrial-militar")
            .addEvidence(span("\"En 2025, las capacidades de la industria de defensa ucraniana"
                + " pueden alcanzar los 35 mil millones de dólares. Para ello son importantes: las"
                + " inversiones de los socios, la creación de empresas conjuntas para maximizar el"
                + " potencial de nuestro complejo industrial-militar\", enfatizó el ministro de"
                + " Defensa."))
            .build(),
        umerov("s-cooperation", SpeechMode.INDIRECT, SpeechAct.SAY, source.find("Según él", 2),
            "Ucrania está dispuesta a ampliar la cooperación con los países balcánicos en áreas de"
                + " tecnologías de defensa y entrenamiento militar")
            .addEvidence(span("Según él, Ucrania está dispuesta a ampliar la cooperación con los"
                + " países balcánicos en áreas de tecnologías de defensa y entrenamiento militar."))
            .build(),
        umerov("s-thanks", SpeechMode.INDIRECT, SpeechAct.THANK, span("agradeció"),
            "agradeció a los gobiernos y pueblos de los países del Sudeste de Europa por su apoyo")
            .addTargets("p-southeast-europe")
            .addEvidence(span("Umerov agradeció a los gobiernos y pueblos de los países del Sudeste"
                + " de Europa por su apoyo."))
            .build(),
        // The outlet's own account, which it attributes to its earlier report: "Como informó Ukrinform".
        Statement.builder()
            .id("s-kyiv").speaker("p-ukrinform")
            .speech(SpeechMode.NARRATION).act(SpeechAct.INFORM)
            .cue(span("Como informó Ukrinform"))
            .text(KYIV)
            .occasion("m-kyiv-ministerial-1")
            .addEvidence(span("Como informó Ukrinform, " + KYIV + "."))
            .build());
  }

  private static final String TOPICS = "También durante la reunión se abordó la situación de"
      + " seguridad en Ucrania y el progreso de las operaciones: Pokrovsk, Kursk, región de Járkiv,"
      + " Mar Negro, las necesidades básicas de las Fuerzas de Defensa, en particular, el"
      + " fortalecimiento de la defensa aérea, el aumento de la producción de drones, el suministro"
      + " de armas de largo alcance y la dotación de equipos militares modernos";

  private static final String KYIV = "el 17 de enero se celebró en Kyiv la primera reunión"
      + " ministerial de Ucrania y los países del Sudeste de Europa, cuyos participantes confirmaron"
      + " su apoyo inquebrantable a la independencia, soberanía e integridad territorial de Ucrania"
      + " y condenaron la participación de personal militar de terceros países en hostilidades"
      + " contra Ucrania, y llamó al mundo a detener cualquier apoyo a Rusia";

  private static Statement.Builder umerov(String id, SpeechMode speech, SpeechAct act, Evidence cue,
      String text) {
    return Statement.builder()
        .id(id).speaker("p-umerov")
        .speech(speech).act(act)
        .cue(cue)
        .text(text)
        .reportedBy("p-ukrinform");
  }

  private List<Claim> claims() {
    return List.of(
        claim("c-coalitions", "s-headline", Term.entity("p-southeast-europe"),
            "sumarse al trabajo de las coaliciones de defensa", Claim.Kind.REQUEST)
            .addEvidence(span(source.headline().orElseThrow()))
            .build(),
        claim("c-ramstein", "s-challenges", Term.text("el formato Ramstein"),
            "sigue siendo clave para coordinar la estrategia de seguridad con nuestros aliados",
            Claim.Kind.ASSERTION)
            .addEvidence(span("el formato Ramstein, que sigue siendo clave para coordinar la"
                + " estrategia de seguridad con nuestros aliados"))
            .build(),
        claim("c-delegations", "s-invite", Term.entity("p-delegations"),
            "participar activamente en el trabajo de las coaliciones de defensa", Claim.Kind.REQUEST)
            .addArguments(Claim.Argument.of(Claim.Argument.Kind.PURPOSE,
                Term.text("proporcionar a Ucrania todo lo que necesita")))
            .addEvidence(span("Invité a las delegaciones a participar activamente en el trabajo de"
                + " las coaliciones de defensa para proporcionar a Ucrania todo lo que necesita"))
            .build(),
        // "pueden alcanzar": possible, in 2025; "dólares" does not say which dollar.
        claim("c-capabilities", "s-capabilities",
            Term.text("las capacidades de la industria de defensa ucraniana"), "pueden alcanzar",
            Claim.Kind.PREDICTION)
            .value(Term.quantity(Quantity.of("35000000000", Unit.currency("USD"))))
            .addInferred("value.quantity.unit")
            .factuality(Factuality.of(Factuality.Certainty.POSSIBLE, Factuality.Polarity.POSITIVE,
                span("pueden")))
            .time(Time.at(PartialDate.ofYear(2025)))
            .addEvidence(span("En 2025, las capacidades de la industria de defensa ucraniana pueden"
                + " alcanzar los 35 mil millones de dólares"))
            .build(),
        // "Para ello": for reaching those capabilities.
        claim("c-investments", "s-capabilities", Term.text("las inversiones de los socios"),
            "son importantes", Claim.Kind.ASSERTION)
            .addArguments(Claim.Argument.of(Claim.Argument.Kind.PURPOSE, Term.entity("c-capabilities")))
            .addEvidence(span("Para ello son importantes: las inversiones de los socios"))
            .build(),
        claim("c-joint-ventures", "s-capabilities",
            Term.text("la creación de empresas conjuntas para maximizar el potencial de nuestro"
                + " complejo industrial-militar"), "son importantes", Claim.Kind.ASSERTION)
            .addArguments(Claim.Argument.of(Claim.Argument.Kind.PURPOSE, Term.entity("c-capabilities")))
            .addEvidence(span("Para ello son importantes: las inversiones de los socios, la"
                + " creación de empresas conjuntas para maximizar el potencial de nuestro complejo"
                + " industrial-militar"))
            .build(),
        claim("c-cooperation", "s-cooperation", Term.entity("p-ukraine"),
            "está dispuesta a ampliar la cooperación con", Claim.Kind.INTENTION)
            .value(Term.text("los países balcánicos"))
            .addArguments(Claim.Argument.of(Claim.Argument.Kind.MANNER,
                Term.text("en áreas de tecnologías de defensa y entrenamiento militar")))
            .addEvidence(span("Ucrania está dispuesta a ampliar la cooperación con los países"
                + " balcánicos en áreas de tecnologías de defensa y entrenamiento militar"))
            .build(),
        claim("c-kyiv-support", "m-kyiv-ministerial-1", Term.text("participantes"),
            "confirmaron su apoyo inquebrantable a", Claim.Kind.ASSERTION)
            .value(Term.text("la independencia, soberanía e integridad territorial de Ucrania"))
            .addEvidence(span("cuyos participantes confirmaron su apoyo inquebrantable a la"
                + " independencia, soberanía e integridad territorial de Ucrania"))
            .build(),
        claim("c-kyiv-condemnation", "m-kyiv-ministerial-1", Term.text("participantes"),
            "condenaron", Claim.Kind.ASSERTION)
            .value(Term.text("la participación de personal militar de terceros países en"
                + " hostilidades contra Ucrania"))
            .addEvidence(span("cuyos participantes"))
            .addEvidence(span("condenaron la participación de personal militar de terceros países"
                + " en hostilidades contra Ucrania"))
            .build(),
        // "llamó" is singular: the text makes the meeting, not its participants, the caller.
        claim("c-kyiv-call", "m-kyiv-ministerial-1", Term.entity("m-kyiv-ministerial-1"),
            "llamó al mundo a detener", Claim.Kind.REQUEST)
            .value(Term.text("cualquier apoyo a Rusia"))
            .addArguments(Claim.Argument.of(Claim.Argument.Kind.RECIPIENT, Term.text("al mundo")))
            .addEvidence(span("llamó al mundo a detener cualquier apoyo a Rusia"))
            .build());
  }

  private static Claim.Builder claim(String id, String holder, Term subject, String predicate,
      Claim.Kind kind) {
    return Claim.builder()
        .id(id).holder(holder)
        .subject(subject).predicate(predicate)
        .kind(kind);
  }
}
