package org.steward.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.steward.engine.detect.Detector;
import org.steward.engine.detect.DetectorRegistry;
import org.steward.engine.detect.DetectorSuite;
import org.steward.engine.detect.Inspection;
import org.steward.engine.detect.SignalSink;
import org.steward.engine.learn.LearnedDetector;
import org.steward.engine.learn.LearnedDetectors;
import org.steward.engine.learn.encoder.EncoderStage;
import org.steward.engine.pack.Condition;
import org.steward.engine.pack.PolicyPack;
import org.steward.engine.pack.Rule;

/**
 * Checks texts against a policy pack: folds the text once, scans every word list once, runs only
 * the detectors that some rule for this kind of text needs, and turns their signals into findings
 * that cite rule and clause.
 *
 * <p>Example: {@code Checker.of(PolicyPacks.byId("cccg-policy").orElseThrow()).check("Vote Labour!",
 * CheckContext.of(TextKind.POST))} returns {@code REVIEW} with one {@code political} finding for CON-4.
 *
 * <p>Build once per pack (it compiles the lexicons) and share: {@code check} is thread-safe.
 */
public final class Checker {
  /** Findings in text order: by start, then end, then rule id. */
  private static final Comparator<Finding> ORDER = (a, b) -> {
    int c = Integer.compare(a.start(), b.start());
    if (c == 0) {
      c = Integer.compare(a.end(), b.end());
    }
    return c != 0 ? c : a.rule().compareTo(b.rule());
  };

  /** Texts longer than this leave no per-thread buffers behind. */
  private static final int LARGE_TEXT = 1 << 16;

  private final PolicyPack pack;
  private final DetectorSuite suite;
  /** The institution's own contact details, never personal-data findings ({@code pii.allow}). */
  private final PiiAllowList allowed;
  /** Per text kind: the detectors to run and, for each, the rules it can serve. */
  private final Plan[] plans;
  private final ThreadLocal<Evaluation> scratch;
  /** Plans narrowed to the rules in scope, per kind × account kind (or none) × audience (none, staff, learner); built lazily. */
  private final Plan[] scoped = new Plan[TextKind.values().length * (AccountKind.values().length + 1) * 3];

  private record Step(Detector detector, Rule[] rules, Serves[] serves) {
    Step(Detector detector, Rule[] rules) {
      this(detector, rules, Serves.of(rules));
    }
  }

  /** What a rule takes from a step's signals, worked out once: so a signal costs no string comparison per rule. */
  private record Serves(Rule rule, boolean ownTermsOnly, double minScore, String[] categories) {
    static Serves[] of(Rule[] rules) {
      Serves[] out = new Serves[rules.length];
      for (int i = 0; i < rules.length; i++) {
        Rule r = rules[i];
        String d = r.when().detector();
        out[i] = new Serves(r, d.equals("lexicon") || d.equals("pattern"), r.when().minScore(),
            r.when().categories().toArray(new String[0]));
      }
      return out;
    }

    /** Returns true when the rule takes a signal of {@code category} (any, or one of its dotted prefixes). */
    boolean takes(String category) {
      if (categories.length == 0) {
        return true;
      }
      for (String w : categories) {
        if (Condition.dottedPrefix(w, category)) {
          return true;
        }
      }
      return false;
    }
  }

  private record Plan(Step[] steps) {}

  private Checker(PolicyPack pack, DetectorRegistry registry, List<Detector> extra) {
    this.pack = pack;
    this.suite = DetectorSuite.of(registry, pack.detectorConfig(), extra);
    this.allowed = PiiAllowList.of(pack.settings().list("pii.allow"));
    this.plans = new Plan[TextKind.values().length];
    for (TextKind kind : TextKind.values()) {
      List<Step> steps = new ArrayList<>();
      for (Detector d : suite.detectors()) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : pack.rules()) {
          if (r.on().contains(kind) && Condition.dottedPrefix(r.when().detector(), d.name())) {
            rules.add(r);
          }
        }
        if (!rules.isEmpty()) {
          steps.add(new Step(d, rules.toArray(new Rule[0])));
        }
      }
      plans[kind.ordinal()] = new Plan(steps.toArray(new Step[0]));
    }
    this.scratch = ThreadLocal.withInitial(() -> new Evaluation(new Inspection(suite.lexicon(), suite.respelling()), allowed));
  }

  /** Returns a checker for {@code pack} with the shipped detectors (the learned model too when a rule names {@code learned}). */
  public static Checker of(PolicyPack pack) {
    return of(pack, List.of());
  }

  /**
   * Returns a checker for {@code pack} with {@code extra} detectors (e.g. a learned classifier) that rules can name. The
   * shipped learned model is added unless {@code extra} brings a detector named {@code learned}.
   */
  public static Checker of(PolicyPack pack, List<Detector> extra) {
    return of(pack, DetectorRegistry.shipped(), extra);
  }

  /**
   * Returns a checker for {@code pack} with the detectors of {@code registry} (the shipped ones and
   * any an integrator registered, e.g. {@code DetectorRegistry.shipped().with(spec)}); {@code extra}
   * detectors fill slots or replace the registered detector of their name, as in {@link #of(PolicyPack, List)}.
   */
  public static Checker of(PolicyPack pack, DetectorRegistry registry, List<Detector> extra) {
    List<Detector> all = new ArrayList<>(extra);
    Objects.requireNonNull(pack, "pack");
    // the sentence encoder joins the shipped model when the pack turns it on (learned.encoder)
    boolean needsModel = LearnedDetectors.wanted(pack) && extra.stream().noneMatch(d -> d.name().equals(LearnedDetector.NAME));
    all.addAll(LearnedDetectors.defaultsFor(pack, extra, needsModel ? EncoderStage.forPack(pack) : null));
    return new Checker(pack, Objects.requireNonNull(registry, "registry"), List.copyOf(all));
  }

  public PolicyPack pack() {
    return pack;
  }

  /**
   * Returns the verdict and findings for {@code text} in {@code ctx}. Spans are UTF-16 offsets into
   * {@code text}. Linear in the length of the text.
   */
  public Result check(String text, CheckContext ctx) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ctx, "ctx");
    Evaluation e = scratch.get();
    e.inspection.reset(text, ctx);
    Result result = e.run(scopedPlan(ctx), ctx);
    if (text.length() > LARGE_TEXT) {
      scratch.remove(); // do not keep megabyte buffers alive in every pooled thread
    }
    return result;
  }

  /** Returns the verdict and findings for an account record (rules {@code on: [account]}). */
  public Result checkAccount(AccountFacts facts) {
    Objects.requireNonNull(facts, "facts");
    CheckContext ctx = CheckContext.of(TextKind.ACCOUNT).withAccount(facts.kind(), facts.audience());
    Evaluation e = scratch.get();
    e.inspection.resetAccount(facts, ctx);
    return e.run(scopedPlan(ctx), ctx);
  }

  /** Returns the plan for the context's kind with only the rules in scope for its account and audience. */
  private Plan scopedPlan(CheckContext ctx) {
    int account = ctx.account().map(a -> a.ordinal() + 1).orElse(0);
    String audience = ctx.audience().orElse("");
    int aud = audience.equals("staff") ? 1 : audience.equals("learner") ? 2 : 0;
    int index = (ctx.kind().ordinal() * (AccountKind.values().length + 1) + account) * 3 + aud;
    Plan plan = scoped[index];
    if (plan == null) {
      List<Step> steps = new ArrayList<>();
      for (Step step : plans[ctx.kind().ordinal()].steps()) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : step.rules()) {
          if (Evaluation.inScope(r, ctx)) {
            rules.add(r);
          }
        }
        if (!rules.isEmpty()) {
          steps.add(new Step(step.detector(), rules.toArray(new Rule[0])));
        }
      }
      plan = new Plan(steps.toArray(new Step[0]));
      scoped[index] = plan; // benign race: plans are immutable and equal whoever builds them
    }
    return plan;
  }

  /**
   * Per-thread evaluation state: turns signals into findings for the rules of the current step.
   * Signals are kept as they come and turned into findings when the detector is done (or asks what
   * has been found), so each detector's code stays small for the JIT and the rules are matched in
   * one tight loop.
   */
  private static final class Evaluation implements SignalSink {
    final Inspection inspection;
    final PiiAllowList allowed;
    final List<Finding> findings = new ArrayList<>();
    Rule[] rules;
    Serves[] serves;
    CheckContext ctx;
    // the current step's signals not yet turned into findings
    private int pending;
    private String[] pendingRule = new String[16];
    private String[] pendingCategory = new String[16];
    private int[] pendingStart = new int[16];
    private int[] pendingEnd = new int[16];
    private double[] pendingScore = new double[16];
    private String[] pendingEvidence = new String[16];
    private String[] pendingSuggestion = new String[16];

    Evaluation(Inspection inspection, PiiAllowList allowed) {
      this.inspection = inspection;
      this.allowed = allowed;
    }

    Result run(Plan plan, CheckContext context) {
      findings.clear();
      ctx = context;
      for (Step step : plan.steps()) {
        rules = step.rules();
        serves = step.serves();
        step.detector().detect(inspection, this); // the plan holds only rules in scope for this context
        flush();
      }
      if (findings.isEmpty()) {
        return Result.pass();
      }
      Verdict verdict = Verdict.PASS;
      for (Finding f : findings) {
        verdict = verdict.max(Verdict.of(f.severity()));
      }
      findings.sort(ORDER);
      return new Result(verdict, findings);
    }

    @Override
    public void signal(String category, int start, int end, double score) {
      keep(null, category, start, end, score, null);
    }

    @Override
    public void signal(String category, int start, int end, double score, String evidence) {
      keep(null, category, start, end, score, evidence);
    }

    @Override
    public void signalForRule(String ruleId, String category, int start, int end, double score) {
      keep(ruleId, category, start, end, score, null);
    }

    @Override
    public void suggest(String category, int start, int end, double score, String evidence, String suggestion) {
      keep(null, category, start, end, score, evidence);
      pendingSuggestion[pending - 1] = suggestion;
    }

    private void keep(String onlyRule, String category, int start, int end, double score, String evidence) {
      int n = pending;
      if (n == pendingCategory.length) {
        grow();
      }
      pendingRule[n] = onlyRule;
      pendingCategory[n] = category;
      pendingStart[n] = start;
      pendingEnd[n] = end;
      pendingScore[n] = score;
      pendingEvidence[n] = evidence;
      pending = n + 1;
    }

    private void grow() {
      int size = pendingCategory.length * 2;
      pendingRule = java.util.Arrays.copyOf(pendingRule, size);
      pendingCategory = java.util.Arrays.copyOf(pendingCategory, size);
      pendingStart = java.util.Arrays.copyOf(pendingStart, size);
      pendingEnd = java.util.Arrays.copyOf(pendingEnd, size);
      pendingScore = java.util.Arrays.copyOf(pendingScore, size);
      pendingEvidence = java.util.Arrays.copyOf(pendingEvidence, size);
      pendingSuggestion = java.util.Arrays.copyOf(pendingSuggestion, size);
    }

    /** Turns the kept signals into findings, in the order they came. */
    private void flush() {
      for (int i = 0; i < pending; i++) {
        emit(pendingRule[i], pendingCategory[i], pendingStart[i], pendingEnd[i], pendingScore[i], pendingEvidence[i],
            pendingSuggestion[i]);
        pendingRule[i] = null;
        pendingCategory[i] = null;
        pendingEvidence[i] = null;
        pendingSuggestion[i] = null;
      }
      pending = 0;
    }

    private void emit(String onlyRule, String category, int start, int end, double score, String evidence, String suggestion) {
      for (Serves sv : serves) {
        Rule r = sv.rule();
        if (onlyRule != null ? !onlyRule.equals(r.id()) : sv.ownTermsOnly()) {
          continue;
        }
        if (score < sv.minScore() || !sv.takes(category)) {
          continue;
        }
        if (duplicate(r, category, start, end, evidence)) {
          continue;
        }
        String text = inspection.original();
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        if (!allowed.isEmpty() && allowed.allows(category, text.substring(s, e))) {
          continue; // the institution's own number, address or name
        }
        String ev = evidence != null ? evidence : text.substring(s, e);
        findings.add(new Finding(r.id(), r.clause(), category, r.action(), s, e, ev, r.say(), score, r.route(), suggestion));
      }
    }

    @Override
    public void overrule(String category) {
      flush();
      int kept = 0; // most texts have nothing to withdraw: a plain loop, no lambda to allocate
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (!Condition.dottedPrefix(category, f.category()) || ofCurrentStep(f.rule())) {
          findings.set(kept++, f);
        }
      }
      for (int i = findings.size() - 1; i >= kept; i--) {
        findings.remove(i);
      }
    }

    private boolean ofCurrentStep(String rule) {
      for (Rule r : rules) {
        if (r.id().equals(rule)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean found(String category) {
      flush();
      for (Finding f : findings) {
        if (Condition.dottedPrefix(category, f.category())) {
          return true;
        }
      }
      return false;
    }

    static boolean inScope(Rule r, CheckContext ctx) {
      if (!r.accounts().isEmpty() && (ctx.account().isEmpty() || !r.accounts().contains(ctx.account().get()))) {
        return false;
      }
      return r.audience().isEmpty() || (ctx.audience().isPresent() && r.audience().contains(ctx.audience().get()));
    }

    /**
     * Returns true when this finding adds nothing: the same clause, category, span (and evidence)
     * is already reported by a rule at least as strong. A weaker one already there is replaced,
     * so one signal met by a block rule and a review rule shows once, as block.
     */
    private boolean duplicate(Rule rule, String category, int start, int end, String evidence) {
      // Detectors report in text order, so a repeat can only be among the last few findings.
      for (int i = findings.size() - 1; i >= 0 && i >= findings.size() - 16; i--) {
        Finding f = findings.get(i);
        if (f.start() == start && f.end() == end && f.clause().equals(rule.clause()) && f.category().equals(category)
            && (evidence == null || evidence.equals(f.evidence()))) {
          if (f.severity().ordinal() <= rule.action().ordinal()) {
            return true;
          }
          findings.remove(i);
          return false;
        }
      }
      return false;
    }
  }
}
