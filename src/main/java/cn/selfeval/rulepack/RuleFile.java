package cn.selfeval.rulepack;

/** A DRL file of a pack: its path relative to the pack folder (forward slashes) and its text. */
public record RuleFile(String path, String text) {
}
