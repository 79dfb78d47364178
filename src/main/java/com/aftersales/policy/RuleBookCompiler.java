package com.aftersales.policy;

import java.io.UncheckedIOException;
import com.aftersales.facts.result.Line;
import com.aftersales.facts.input.Parameter;
import com.aftersales.facts.input.Params;
import com.aftersales.problem.ApiError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.InternalKnowledgeBuilder;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/**
 * Compiles revisions at run time with the classic KIE API: DRL files as they are, and each sheet of
 * a {@code .drl.xlsx} that holds a RuleSet through the decision-table compiler. Errors are located at
 * the DRL line or at the spreadsheet cell the generated rule came from. Plain Java: rule tests use it
 * without Quarkus.
 *
 * <p>Every rule book is built with MVEL's constraint JIT off ({@link #JIT_OFF}): in Drools 10.2.0 a jitted
 * constraint that uses an operator of the {@code EvaluatorWrapper} kind ({@code str[...]}, the temporal
 * operators, custom operators) throws {@code NoSuchMethodError} at every evaluation after the ~20th
 * (apache/incubator-kie-drools#6711), so whatever a policy admin uploads could crash a month at volume.
 * docs/decisions.md ("Rule engine") says why, docs/benchmarks.md what it costs; tests force the JIT at the
 * first evaluation (threshold 0) to prove the shipped rules survive it.
 */
public final class RuleBookCompiler {

    /** The constraint-JIT threshold that turns the JIT off (the default of every rule book). */
    public static final int JIT_OFF = -1;
    /** The lowest threshold: every constraint is jitted at its first evaluation (what tests use to find crashes). */
    public static final int JIT_AT_FIRST_EVALUATION = 0;

    /** How many compiled revisions are kept (five policies with a few revisions each in force or on trial). */
    static final int CAPACITY = 24;
    private static final CompiledRevisions REVISIONS = new CompiledRevisions();
    private static final java.util.concurrent.atomic.AtomicLong REVISIONS_COMPILED = new java.util.concurrent.atomic.AtomicLong();
    /** Where the sources of a revision are placed for the compiler: its messages name the paths below it. */
    private static final String SOURCE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    /**
     * The rule contract's import as every revision writes it, stored ones included. The contract is split
     * by role into sub-packages, which a wildcard import does not reach, so the import is expanded to them
     * on the same line (line numbers of errors stay those of the file).
     */
    private static final Pattern CONTRACT_IMPORT =
            Pattern.compile("(?m)^([ \\t]*)import[ \\t]+com\\.aftersales\\.facts\\.\\*[ \\t]*;?");
    /** The packages of the rule contract that {@code import com.aftersales.facts.*} stands for. */
    public static final List<String> CONTRACT_PACKAGES = List.of("com.aftersales.facts.input", "com.aftersales.facts.result",
            "com.aftersales.facts.functions");

    private final ClassLoader classLoader;
    private final int jittingThreshold;

    public RuleBookCompiler() {
        this(Line.class.getClassLoader());
    }

    public RuleBookCompiler(ClassLoader classLoader) {
        this(classLoader, JIT_OFF);
    }

    private RuleBookCompiler(ClassLoader classLoader, int jittingThreshold) {
        this.classLoader = CachingClassLoader.over(classLoader);
        this.jittingThreshold = jittingThreshold;
    }

    /**
     * The same compiler building rule books whose constraints are jitted after {@code threshold} evaluations
     * ({@link #JIT_OFF} for never, {@link #JIT_AT_FIRST_EVALUATION} for at once): for tests and benchmarks.
     */
    public RuleBookCompiler withJittingThreshold(int threshold) {
        if (threshold < JIT_OFF) {
            throw new IllegalArgumentException("a jitting threshold is -1 (off) or more: " + threshold);
        }
        return new RuleBookCompiler(classLoader, threshold);
    }

    /** Compiles the revisions into one rule book, or throws with every located error. */
    public CompiledRuleBook compile(List<LoadedRevision> revisions) {
        return compile(revisions, true);
    }

    /**
     * Checks that the revisions compile, without building the rule network a session needs (what
     * validation wants: the located errors, faster); throws with every located error.
     */
    public void check(List<LoadedRevision> revisions) {
        compile(revisions, false);
    }

    private CompiledRuleBook compile(List<LoadedRevision> revisions, boolean kieBaseNeeded) {
        List<LoadedRevision> sorted = revisions.stream()
                .sorted(Comparator.comparing(r -> r.ref().policy())).toList();
        String hash = RevisionFiles.sha256(sorted.stream().map(r -> r.ref().policy() + ":" + r.files().sha256())
                .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8));
        List<ApiError> errors = new ArrayList<>();
        CompiledRevision[] compiled = new CompiledRevision[sorted.size()];
        Read[] read = new Read[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            compiled[i] = REVISIONS.get(sorted.get(i), classLoader);
            if (compiled[i] == null) {
                read[i] = read(sorted.get(i), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompileException("the revision cannot be read", errors);
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (compiled[i] == null) {
                compiled[i] = compile(read[i], errors);
                if (compiled[i] != null) {
                    REVISIONS.put(sorted.get(i), classLoader, compiled[i]);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompileException("the revision does not compile", errors);
        }
        if (!kieBaseNeeded) {
            return null;
        }
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, classLoader);
        conf.setOption(ConstraintJittingThresholdOption.get(jittingThreshold));
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
        List<KiePackage> packages = new ArrayList<>();
        Map<String, Map<String, Clause>> catalogue = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            packages.addAll(compiled[i].packages());
            catalogue.put(sorted.get(i).ref().policy(), compiled[i].clauses());
            parameters.addAll(compiled[i].parameters());
        }
        if (kieBase.getRootClassLoader() instanceof ProjectClassLoader root) {
            // the types a revision declares are classes of its compiler's loader; the book's loader learns them
            // before the packages are cloned into it (Drools 10.2.0 means to, but initialises the wrong loader)
            for (CompiledRevision c : compiled) {
                if (c.loader() instanceof ProjectClassLoader theirs) {
                    root.initFrom(theirs);
                }
            }
        }
        kieBase.addPackages(packages);
        Set<String> globals = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> globals.add(g.getName())));
        return new CompiledRuleBook(hash, kieBase, sorted.stream().map(LoadedRevision::ref).toList(),
                catalogue, List.copyOf(parameters), new Params(parameters), Set.copyOf(globals));
    }

    /** A revision's data sheets read and its rules turned into DRL sources, with the errors of reading added. */
    private Read read(LoadedRevision r, List<ApiError> errors) {
        String policy = r.ref().policy();
        DataSheets data = DataSheets.read(r.files());
        errors.addAll(data.errors());
        Map<String, Source> sources = new LinkedHashMap<>();
        r.files().files().forEach((name, bytes) -> sources(policy, name, bytes, sources, errors));
        return new Read(data, sources);
    }

    /** The revision's sources compiled into its rule packages, or null with the located errors added. */
    private CompiledRevision compile(Read read, List<ApiError> errors) {
        REVISIONS_COMPILED.incrementAndGet();
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        read.sources().forEach((path, src) -> batch.add(ResourceFactory.newByteArrayResource(
                src.drl().getBytes(StandardCharsets.UTF_8)).setSourcePath(SOURCE_ROOT + path), ResourceType.DRL));
        batch.build();
        List<Message> messages = builder.getErrors().stream().map(e -> (Message) e.asMessage(0)).toList();
        int before = errors.size();
        for (Message m : messages) {
            // "Parser returned a null Package" only repeats, without a line, that a parse error was reported
            if (messages.size() == 1 || m.getText() == null || !m.getText().startsWith("Parser returned a null Package")) {
                errors.add(locate(m, read.sources()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        Map<String, Clause> clauses = new LinkedHashMap<>();
        read.data().clauses().forEach(c -> clauses.put(c.ruleId(), c));
        ClassLoader loader = ((InternalKnowledgeBuilder) builder).getRootClassLoader();
        List<KiePackage> packages = List.copyOf(builder.getKnowledgePackages());
        // marks each package in use, so that every rule book adds a clone of its own (the first one as well)
        packages.forEach(p -> ((InternalKnowledgePackage) p).deepCloneIfAlreadyInUse(loader));
        return new CompiledRevision(packages, loader, clauses, List.copyOf(read.data().parameters()));
    }

    /** How many revisions were compiled in this JVM (a revision a rule book shares with another is not compiled again). */
    public static long revisionsCompiled() {
        return REVISIONS_COMPILED.get();
    }

    /** Forgets the compiled revisions, so that the next rule books compile every revision (for tests). */
    public static void forgetCompiledRevisions() {
        REVISIONS.clear();
    }

    /** The DRL a decision-table sheet stands for, as shown to admins beside a cell error. */
    public static String generatedDrl(byte[] workbook, String sheet) {
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook), sheet);
    }

    private void sources(String policy, String name, byte[] bytes, Map<String, Source> out, List<ApiError> errors) {
        if (RevisionFiles.isDrl(name)) {
            String drl = withContract(new String(bytes, StandardCharsets.UTF_8));
            checkPackage(policy, drl, name, errors);
            out.put(policy + "/" + name, new Source(name, null, drl, null));
        } else if (RevisionFiles.isDecisionTable(name)) {
            for (String sheet : ruleSheets(name, bytes, errors)) {
                try {
                    String drl = withContract(generatedDrl(bytes, sheet));
                    checkPackage(policy, drl, sheet + "!B1", errors);
                    out.put(policy + "/" + name.replace(".drl.xlsx", "") + "__" + sheet.replaceAll("\\W", "_")
                            + ".drl", new Source(name, sheet, drl, bytes));
                } catch (RuntimeException e) {
                    errors.add(ApiError.of(sheet, "compile.tableUnreadable", name, rootMessage(e)));
                }
            }
        }
    }

    /** The DRL with {@code import com.aftersales.facts.*} expanded to every package of the rule contract. */
    static String withContract(String drl) {
        String imports = CONTRACT_PACKAGES.stream().map(p -> "import " + p + ".*;").collect(Collectors.joining(" "));
        return CONTRACT_IMPORT.matcher(drl).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + imports));
    }

    /** Sheets holding a "RuleSet" cell are decision tables; the others are data or notes. */
    static List<String> ruleSheets(String name, byte[] bytes, List<ApiError> errors) {
        List<String> sheets = new ArrayList<>();
        try (Workbook wb = Spreadsheets.open(bytes)) {
            for (Sheet sheet : wb) {
                if (hasRuleSet(sheet)) {
                    sheets.add(sheet.getSheetName());
                }
            }
        } catch (Spreadsheets.Unreadable e) {
            errors.add(ApiError.of(name, "compile.notXlsx", rootMessage(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    private static boolean hasRuleSet(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getRowNum() > 20) {
                return false;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && "RuleSet".equalsIgnoreCase(c.getStringCellValue().trim())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkPackage(String policy, String drl, String location, List<ApiError> errors) {
        Matcher m = PACKAGE.matcher(drl);
        String pkg = m.find() ? m.group(1) : null;
        if (!policy.equals(pkg)) {
            errors.add(ApiError.of(location, "compile.package", policy, pkg));
        }
    }

    private static ApiError locate(Message m, Map<String, Source> sources) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + SOURCE_ROOT, "");
        Source src = sources.get(path);
        String text = m.getText() == null ? "" : m.getText().trim();
        if (src == null) {
            return ApiError.of(path.isEmpty() ? "rules" : path, "compile.message", text);
        }
        if (src.sheet() == null) {
            return ApiError.of(src.file() + ":" + m.getLine(), "compile.message", text);
        }
        GeneratedRuleCells.Location at = GeneratedRuleCells.locate(src.workbook(), src.sheet(), src.drl(),
                m.getLine(), text);
        String[] lines = src.drl().split("\n", -1);
        return ApiError.of(src.sheet() + "!" + at.cell(), "compile.generated", text, src.file(), at.line(),
                lines[at.line() - 1].trim());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A DRL to compile: a file of the revision, or the rules generated from a sheet of a workbook. */
    private record Source(String file, String sheet, String drl, byte[] workbook) {
    }

    /** A revision read: its data sheets and the DRL sources of its rules. */
    private record Read(DataSheets data, Map<String, Source> sources) {
    }

    /**
     * A revision compiled: its rule packages (which every rule book holding the revision adds; Drools clones a
     * package a second rule base adds, so books never share state), its catalogue and its parameters.
     */
    private record CompiledRevision(List<KiePackage> packages, ClassLoader loader, Map<String, Clause> clauses, List<Parameter> parameters) {
    }

    /**
     * The compiled revisions, by policy, content hash and class loader, least recently used dropped beyond
     * {@link #CAPACITY}: a revision is compiled once whatever rule books hold it (a validation's check and
     * the books of the windows it is in force for), so a book whose other policies are compiled already
     * costs the compile of its new revision and the building of its rule network.
     */
    private static final class CompiledRevisions {
        /** By policy and content hash: the revision compiled, and the loader of the compiler that compiled it. */
        private final Map<String, Map.Entry<ClassLoader, CompiledRevision>> byKey = new LinkedHashMap<>(16, 0.75f, true);

        synchronized CompiledRevision get(LoadedRevision r, ClassLoader loader) {
            Map.Entry<ClassLoader, CompiledRevision> e = byKey.get(key(r));
            return e != null && e.getKey() == loader ? e.getValue() : null;
        }

        synchronized void put(LoadedRevision r, ClassLoader loader, CompiledRevision c) {
            byKey.put(key(r), Map.entry(loader, c));
            java.util.Iterator<String> eldest = byKey.keySet().iterator();
            while (byKey.size() > CAPACITY && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }

        synchronized void clear() {
            byKey.clear();
        }

        private static String key(LoadedRevision r) {
            return r.ref().policy() + ":" + r.files().sha256();
        }
    }
}
