package org.steward.engine.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.engine.pack.PackSettings;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;
import org.steward.engine.text.Lexicon;

/**
 * Everything a pack needs to inspect texts: one lexicon automaton holding the shipped word lists,
 * the pack's markers, authority phrases and the administrator's own terms, plus every detector
 * configured from the pack's settings. Built once per pack; immutable.
 */
public final class DetectorSuite {
  private static final List<String> AUTHORITY_TEMPLATES = List.of(
      "on behalf of {org}", "{org}'s position", "{org}s position", "the position of {org}", "{org} has decided",
      "{org} have decided", "official statement from {org}", "{org} official statement", "speaking for {org}",
      "as a spokesperson for {org}", "{org} can confirm", "{org} confirms", "{org} would like to announce",
      "{org} is pleased to announce", "we at {org}", "{org} officially", "{org} does not tolerate", "{org} apologises");
  private static final List<String> DEFAULT_ORGS = List.of("the college", "the group", "the school", "the academy", "the university");

  private final Lexicon lexicon;
  private final List<Detector> detectors;

  private DetectorSuite(Lexicon lexicon, List<Detector> detectors) {
    this.lexicon = lexicon;
    this.detectors = List.copyOf(detectors);
  }

  /** Returns the suite for {@code pack}, with {@code extra} detectors (e.g. a learned classifier) added. */
  public static DetectorSuite of(PolicyPack pack, List<Detector> extra) {
    PackSettings s = pack.settings();
    Lexicon.Builder b = Lexicon.builder();
    BuiltInLexicons.addTo(b);
    for (String marker : s.list("confidential.markers")) {
      b.add("confidential", "confidential", 1.0, marker, false);
    }
    for (String phrase : s.list("accessibility.link-phrases")) {
      b.add("accessibility.link-text", "accessibility.link-text", 1.0, phrase, false);
    }
    List<String> orgs = new ArrayList<>(DEFAULT_ORGS);
    orgs.addAll(s.list("institution.names"));
    List<String> templates = new ArrayList<>(AUTHORITY_TEMPLATES);
    templates.addAll(s.list("authority.phrases"));
    for (String template : templates) {
      if (template.contains("{org}")) {
        for (String org : orgs) {
          b.add("authority", "authority", 1.0, template.replace("{org}", org), false);
        }
      } else {
        b.add("authority", "authority", 1.0, template, false);
      }
    }
    Map<String, Integer> ruleGroups = new HashMap<>();
    for (Rule r : pack.rules()) {
      if (r.when().detector().equals("lexicon")) {
        for (String term : r.when().terms()) {
          b.add("rule:" + r.id(), r.when().category(), 1.0, term, true);
        }
        ruleGroups.put(r.id(), b.group("rule:" + r.id()));
      }
    }
    Lexicon lexicon = b.build();
    Map<Integer, String> ruleOfGroup = new HashMap<>();
    ruleGroups.forEach((rule, group) -> ruleOfGroup.put(group, rule));

    List<String> institutionDomains = s.list("institution.email-domains");
    List<Detector> d = new ArrayList<>(List.of(
        new ProfanityDetector(lexicon),
        new HateDetector(lexicon),
        new HarassmentDetector(lexicon),
        new ThreatDetector(lexicon),
        new SexismDetector(lexicon),
        new ToneDetector(lexicon),
        new SexualDetector(lexicon),
        new EmailDetector(institutionDomains),
        new PhoneDetector(),
        new PostcodeDetector(),
        new NinoDetector(),
        new CardDetector(),
        new BankAccountDetector(),
        new IbanDetector(),
        new SsnDetector(),
        new IpAddressDetector(),
        new DateOfBirthDetector(lexicon),
        new IdNumberDetector(s.map("pii.id-patterns")),
        new AddressDetector(lexicon),
        new NameDetector(),
        new ConfidentialDetector(lexicon),
        new IncidentDetector(lexicon),
        new PoliticalDetector(lexicon),
        new ExtremismDetector(lexicon),
        new LinkDetector(s.list("links.blocked"), s.list("links.shorteners"), s.list("links.file-hosts"),
            s.list("links.download-extensions"), s.list("links.protected-domains"), s.list("links.trusted-hosts")),
        new DefamationDetector(lexicon),
        new AuthorityDetector(lexicon),
        new RequiredTagDetector(s.list("tags.required")),
        new RequiredDisclaimerDetector(s.list("blog.disclaimers")),
        new RequiredAffiliationDetector(s.list("bio.affiliation-words")),
        new RequiredPersonalDetector(s.list("bio.personal-statements")),
        new MediaRightsDetector(),
        new MediaConsentDetector(),
        new LexiconRuleDetector(ruleOfGroup),
        new PatternRuleDetector(pack.rules()),
        new AccessibilityDetector(lexicon, new WordSegmenter(concat(s.list("accessibility.words"), s.list("institution.names"))),
            s.integer("accessibility.emoji-run", AccessibilityDetector.EMOJI_RUN),
            s.integer("accessibility.capitals-words", AccessibilityDetector.CAPITAL_WORDS)),
        new MockeryDetector(lexicon),
        new SelfHarmDetector(lexicon),
        new GroomingDetector(lexicon)));
    d.addAll(AccountDetectors.create(s.integer("accounts.min-managers", 2), institutionDomains));
    d.addAll(extra);
    return new DetectorSuite(lexicon, d);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public List<Detector> detectors() {
    return detectors;
  }
}
