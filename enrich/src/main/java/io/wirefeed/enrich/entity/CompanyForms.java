package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;

/** The legal forms that end a company's name ("Inc", "Corp", "AG"), which its short form drops. */
final class CompanyForms {

    /** The Gulf's public and closed shareholding companies, as their exchanges write them ("Zain K.S.C.P."). */
    private static final List<String> GULF_FORMS = List.of("K.S.C.P.", "KSCP", "K.S.C.", "K.P.S.C.", "KPSC", "B.S.C.",
        "Q.P.S.C.", "Q.S.C.", "P.J.S.C.", "S.A.O.G.", "S.A.O.C.", "SAOC", "W.L.L.");

    private static final Set<String> SUFFIXES = withGulfForms("Inc", "Corp", "Corporation", "Co", "Cos", "Company", "Ltd",
        "Limited", "Plc", "PLC", "plc", "LLC", "LP", "L.P.", "AG", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "GmbH",
        "AB", "ASA", "A/S", "SpA", "S.p.A.", "S.P.A.", "Oy", "Oyj", "KK", "K.K.", "Bhd", "Berhad", "Pty", "Pte", "SE", "Inc.",
        "Corp.", "Co.", "Ltd.", "Holdings", "Holding", "Group", "Cie", "SARL", "S.A.R.L.", "SRL", "S.R.L.", "Srl",
        "S.r.l.", "SGR", "KGaA", "LLP", "Ltda", "Ltda.", "JSC", "PJSC", "OJSC", "Tbk", "Sdn", "FZE", "FZCO", "FZC", "EAD",
        "Kft", "Zrt", "Nyrt", "SAOG", "QPSC", "QSC", "WLL", "ApS", "S.A.S.", "SpA.", "S.p.A", "A.Ş.", "P.C.");

    /** The suffixes that only ever end a name ("Inc", "AG"), unlike "Group" or "Co" ("Group of Seven", "Co-op"). */
    private static final Set<String> LEGAL_FORMS = withGulfForms("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Limited",
        "Plc", "PLC", "plc", "LLC", "AG", "NV", "N.V.", "SA", "S.A.", "GmbH", "SpA", "S.p.A.", "S.P.A.", "BV", "B.V.", "Bhd",
        "Berhad", "Oyj", "ASA", "KK", "K.K.", "SARL", "S.A.R.L.", "SRL", "S.R.L.", "Srl", "S.r.l.", "SGR", "KGaA", "LLP",
        "Ltda", "Ltda.", "PJSC", "OJSC", "Tbk", "FZE", "FZCO", "FZC", "EAD", "Kft", "Zrt", "Nyrt", "SAOG", "QPSC", "WLL",
        "ApS", "S.A.S.", "A.Ş.", "P.C.");

    /**
     * Forms a bank's or a Mexican or Spanish company's name ends with ("Citibank NA", "Nissan Mexicana SA de CV"), and
     * the commonest legal forms as a headline in capitals writes them ("LTD", "INC").
     */
    private static final Set<String> OTHER_FORMS = WordSet.of("NA", "N.A.", "CV", "C.V.", "SL", "S.L.", "FSB", "LTD",
        "INC", "CORP", "CO", "LLC", "GMBH");

    private CompanyForms() {
    }

    /** Legal forms alone ("AG", "Co AG", "LTD"), which are no company's name however they were read. */
    static boolean isFormsAlone(String text) {
        int from = 0;
        while (from < text.length()) {
            int space = text.indexOf(' ', from);
            int end = space < 0 ? text.length() : space;
            String word = text.substring(from, end);
            if (!isSuffix(word) && !OTHER_FORMS.contains(word)) {
                return false;
            }
            from = end + 1;
        }
        return !text.isEmpty();
    }

    /** "the IBM P.C.": a personal computer after a maker's initials, not a professional corporation's form. */
    static boolean personalComputer(Tokens words, int maker) {
        return maker + 1 < words.size() && words.nameInCapitals(maker) && words.name(maker + 1).equals("P.C.");
    }

    static boolean isSuffix(String word) {
        return SUFFIXES.contains(word);
    }

    /** "CV" of "SA de CV", a Mexican company of variable capital. */
    static boolean isVariableCapital(String word) {
        return word.equals("CV") || word.equals("C.V.");
    }

    static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(word);
    }

    /**
     * Where a legal form written at {@code at} ends ("Inc", "Ltd.", "Co."), a sentence's full stop after it left out
     * unless the form is written with one; -1 when no legal form stands there whole.
     */
    static int formEnd(String text, int at) {
        int end = at;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return -1;
        }
        if (!isLegalForm(text.substring(at, end)) && end > at && text.charAt(end - 1) == '.') {
            end--;
        }
        return end > at && isLegalForm(text.substring(at, end)) ? end : -1;
    }

    /**
     * A legal form that nothing else is written as after a comma: of three letters or more ("Inc", "Ltd", "GmbH"), not
     * "NV", "SA" or "AG", which are also Nevada, South Australia and an attorney general ("Reno, NV").
     */
    static boolean isUnmistakableLegalForm(String word) {
        return isLegalForm(word) && word.chars().filter(Character::isLetter).count() >= 3;
    }

    private static Set<String> withGulfForms(String... forms) {
        List<String> all = new ArrayList<>(List.of(forms));
        all.addAll(GULF_FORMS);
        return WordSet.of(all);
    }
}
