package org.steward.engine.detect;

import java.util.List;

/**
 * The catalogue of Steward's shipped detectors: one {@link DetectorSpec} each, in the order they
 * were written (the registry runs a detector after what it depends on, else in this order). To add a
 * detector: write its class, add its spec here, name it in a pack rule, and regenerate the detector
 * table of {@code docs/packs.md} ({@code DetectorsDocTest} says how).
 */
final class BuiltInDetectors {
  /** The learned model's slot: {@code Checker.of(pack)} fills it with the shipped model when a rule names it. */
  static final String LEARNED = "learned";

  static final List<DetectorSpec> SPECS = List.of(
      DetectorSpec.of("profanity", "General profanity and slurs from Steward's word lists, disguised spellings too; "
          + "innocent look-alikes (Scunthorpe, assess) pass.", List.of("profanity", "slur"),
          (c, lexicon) -> new ProfanityDetector(lexicon)),
      DetectorSpec.of("hate", "A group of people near dehumanising or exclusionary words or profanity, or a slur near them; "
          + "the category names the group. Scored.", List.of("hate.race", "hate.religion", "hate.gender", "hate.lgbt",
          "hate.disability", "hate.origin"), (c, lexicon) -> new HateDetector(lexicon)),
      DetectorSpec.of("harassment", "Bullying phrases, and insults or slurs aimed at \"you\". Scored.", List.of("harassment"),
          (c, lexicon) -> new HarassmentDetector(lexicon)),
      DetectorSpec.of("threat", "Threats of violence (\"I'll kill you\", \"I know where you live\").", List.of("threat"),
          (c, lexicon) -> new ThreatDetector(lexicon)),
      DetectorSpec.of("sexism", "Sexist phrases, gendered slurs, and stereotypes or insults near words for women. Scored.",
          List.of("sexism"), (c, lexicon) -> new SexismDetector(lexicon)),
      DetectorSpec.of("tone", "Hostile tone of the whole text: shouting in capitals, piles of exclamation marks, "
          + "insults or swearing, above all at \"you\". Scored.", List.of("tone.hostile"), (c, lexicon) -> new ToneDetector(lexicon)),
      DetectorSpec.of("sexual", "References to pornographic material.", List.of("sexual"), (c, lexicon) -> new SexualDetector(lexicon)),
      DetectorSpec.of("pii.email", "E-mail addresses, except the institution's own (`institution.email-domains`).",
          List.of("pii.email"), (c, lexicon) -> new EmailDetector(c.list("institution.email-domains"))),
      DetectorSpec.of("pii.phone", "Phone numbers, UK and international (libphonenumber); one only shaped like a number scores 0.6.",
          List.of("pii.phone"), (c, lexicon) -> new PhoneDetector()),
      DetectorSpec.of("pii.postcode", "UK postcodes in every format.", List.of("pii.postcode"), (c, lexicon) -> new PostcodeDetector()),
      DetectorSpec.of("pii.nino", "UK National Insurance numbers, spaced as on the card too; prefixes HMRC never allocates are "
          + "rejected, its example prefix QQ is reported (see National Insurance numbers below).", List.of("pii.nino"), (c, lexicon) -> new NinoDetector()),
      DetectorSpec.of("pii.card", "Payment card numbers that pass the Luhn check.", List.of("pii.card"), (c, lexicon) -> new CardDetector()),
      DetectorSpec.of("pii.bank", "UK sort codes with an account number nearby.", List.of("pii.bank"),
          (c, lexicon) -> new BankAccountDetector()),
      DetectorSpec.of("pii.iban", "International bank account numbers with a valid checksum.", List.of("pii.iban"),
          (c, lexicon) -> new IbanDetector()),
      DetectorSpec.of("pii.ssn", "US Social Security numbers.", List.of("pii.ssn"), (c, lexicon) -> new SsnDetector()),
      DetectorSpec.of("pii.ip", "IPv4 and IPv6 addresses.", List.of("pii.ip"), (c, lexicon) -> new IpAddressDetector()),
      DetectorSpec.of("pii.dob", "A date a few words after \"born\", \"DOB\" or \"birthday\".", List.of("pii.dob"),
          (c, lexicon) -> new DateOfBirthDetector(lexicon)),
      DetectorSpec.of("pii.id", "Student and staff ids in the pack's formats (`pii.id-patterns`, RE2).", List.of("pii.id"),
          (c, lexicon) -> new IdNumberDetector(c.map("pii.id-patterns"))),
      DetectorSpec.of("pii.address", "Street addresses in the shapes they are written in.", List.of("pii.address"),
          (c, lexicon) -> new AddressDetector(lexicon)),
      DetectorSpec.of("pii.name", "Names of real learners and staff from the directory in the context.", List.of("pii.name"),
          (c, lexicon) -> new NameDetector()),
      DetectorSpec.of("confidential", "Confidentiality markers: the shipped ones and the pack's `confidential.markers`.",
          List.of("confidential"), (c, lexicon) -> new ConfidentialDetector(lexicon))
          .withVocabulary(ConfidentialDetector::addMarkers),
      DetectorSpec.of("incident", "Incidents at the institution (fights, police, injuries), stronger near its places "
          + "and people. Scored.", List.of("incident"), (c, lexicon) -> new IncidentDetector(lexicon)),
      DetectorSpec.of("political", "Party-political content: parties, office holders, elections, calls to vote; "
          + "a noisy-or of weighted terms. Scored.", List.of("political"), (c, lexicon) -> new PoliticalDetector(lexicon)),
      DetectorSpec.of("extremism", "Organisations proscribed in the UK (Terrorism Act 2000 Schedule 2 and later orders; "
          + "source and date in `lexicons/extremism.txt`) named (`extremism.proscribed`), propaganda, and support: joining, "
          + "praising, glorifying or fundraising near a proscribed name, a violent extremist or propaganda; reporting, history "
          + "and counter-extremism in the text take propaganda and support below the thresholds. Scored.",
          List.of("extremism.proscribed", "extremism.propaganda", "extremism.support"), (c, lexicon) -> new ExtremismDetector(lexicon)),
      DetectorSpec.of("link", "Links to blocked sites (`links.blocked`), downloads (file-sharing hosts, torrents, and "
          + "installers, archives, disk images and scripts on a host not in `links.trusted-hosts`), shorteners and look-alikes "
          + "of protected domains (`links.*`).", List.of("link.blocked", "link.download", "link.shortener", "link.lookalike"),
          (c, lexicon) -> new LinkDetector(c.list("links.blocked"), c.list("links.shorteners"), c.list("links.file-hosts"),
              c.list("links.download-extensions"), c.list("links.protected-domains"), c.list("links.trusted-hosts"))),
      DetectorSpec.of("defamation", "An accusation near a person's name from the directory or a title and surname. Scored.",
          List.of("defamation"), (c, lexicon) -> new DefamationDetector(lexicon)),
      DetectorSpec.of("authority", "Speaking for the institution (\"on behalf of the college\"): `authority.phrases` × "
          + "`institution.names`.", List.of("authority"), (c, lexicon) -> new AuthorityDetector(lexicon))
          .withVocabulary(AuthorityDetector::addPhrases),
      DetectorSpec.of("required.tag", "Each handle or hashtag the account must carry (the context's, else `tags.required`) "
          + "that the post lacks.", List.of("missing.tag"), (c, lexicon) -> new RequiredTagDetector(c.list("tags.required"))),
      DetectorSpec.of("required.disclaimer", "A blog without any of `blog.disclaimers`.", List.of("missing.disclaimer"),
          (c, lexicon) -> new RequiredDisclaimerDetector(c.list("blog.disclaimers"))),
      DetectorSpec.of("required.affiliation", "A bio without any of `bio.affiliation-words`.", List.of("missing.affiliation"),
          (c, lexicon) -> new RequiredAffiliationDetector(c.list("bio.affiliation-words"))),
      DetectorSpec.of("required.personal", "A bio without any of `bio.personal-statements`.", List.of("missing.personal"),
          (c, lexicon) -> new RequiredPersonalDetector(c.list("bio.personal-statements"))),
      DetectorSpec.of("media.rights", "Attached media without a rights declaration.", List.of("copyright.undeclared"),
          (c, lexicon) -> new MediaRightsDetector()),
      DetectorSpec.of("media.consent", "People pictured without consent, and under-18s without a guardian's.",
          List.of("consent.missing", "consent.guardian"), (c, lexicon) -> new MediaConsentDetector()),
      DetectorSpec.of("lexicon", "The administrator's own word list: `when: {detector: lexicon, terms: [...], category: custom.x}`.",
          List.of(), (c, lexicon) -> new LexiconRuleDetector(lexicon, c.customRules()))
          .withVocabulary(LexiconRuleDetector::addTerms),
      DetectorSpec.of("pattern", "The administrator's own RE2 patterns: `when: {detector: pattern, patterns: [...], category: "
          + "custom.x}`.", List.of(), (c, lexicon) -> new PatternRuleDetector(c.customRules())),
      DetectorSpec.of("account.managers", "An account with fewer staff managers than `accounts.min-managers`.",
          List.of("account.managers"), (c, lexicon) -> new AccountManagersDetector(c.integer("accounts.min-managers", 2))),
      DetectorSpec.of("account.visibility", "A teaching group's site that is public.", List.of("account.visibility"),
          (c, lexicon) -> new AccountVisibilityDetector()),
      DetectorSpec.of("account.members", "Members or friends who are not genuine learners or staff.", List.of("account.members"),
          (c, lexicon) -> new AccountMembersDetector()),
      DetectorSpec.of("account.follows", "Learners' personal accounts followed by an official account.", List.of("account.follows"),
          (c, lexicon) -> new AccountFollowsDetector()),
      DetectorSpec.of("account.email", "A personal account registered with the institution's e-mail address.",
          List.of("account.email"), (c, lexicon) -> new AccountEmailDetector(c.list("institution.email-domains"))),
      DetectorSpec.of(SelfHarmDetector.NAME, "Self-harm and suicidal intent said by the writer, now (\"kms\", \"unalive "
          + "myself\", \"i cant go on.\"); not negated, of someone else, quoted, an idiom, or beside a campaign, news, lyrics or "
          + "fiction. Scored.", List.of("safeguarding.self-harm"), (c, lexicon) -> new SelfHarmDetector(lexicon)),
      DetectorSpec.of("safeguarding.grooming", "Grooming cues (private channels, secrecy, meeting up, gifts, age questions, "
          + "sexualised remarks) combined, weighed up when the account is a learner's or the author is under 18; not beside a "
          + "safety lesson or news. Scored.", List.of("safeguarding.grooming"), (c, lexicon) -> new GroomingDetector(lexicon)),
      DetectorSpec.of("mockery", "Insults and mockery aimed at a named person (directory, @handle, title and surname, first "
          + "and last name) or another named institution.", List.of("mockery.person", "mockery.institution"),
          (c, lexicon) -> new MockeryDetector(lexicon)),
      // reads the context's media (alt texts) as well as the text; the pack's place and course names help split hashtags
      DetectorSpec.of("accessibility", "Pictures without alt text, multi-word hashtags in one case (with the camel-case "
          + "fix), runs of emoji, capitals, and link text that says nothing (`accessibility.*`).", List.of("accessibility.alt-text",
          "accessibility.hashtag", "accessibility.emoji", "accessibility.capitals", "accessibility.link-text"),
          (c, lexicon) -> new AccessibilityDetector(lexicon, new WordSegmenter(concat(c.list("accessibility.words"),
              c.list("institution.names"))), c.integer("accessibility.emoji-run", AccessibilityDetector.EMOJI_RUN),
              c.integer("accessibility.capitals-words", AccessibilityDetector.CAPITAL_WORDS)))
          .withVocabulary(AccessibilityDetector::addLinkPhrases),
      DetectorSpec.slot(LEARNED, "The learned model (shipped, or the institution's own): hate with its target group, "
          + "harassment, threat, sexism, tone; the score is a calibrated probability and the evidence names the words that "
          + "weighed most. Adds only what the word lists did not find, and may withdraw their `hate.*` findings "
          + "(`learned.overrule-below`).", List.of("hate", "harassment", "threat", "sexism", "tone"))
          .dependsOn("profanity", "hate", "harassment", "threat", "sexism", "tone", "lexicon"));

  private BuiltInDetectors() {}

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
