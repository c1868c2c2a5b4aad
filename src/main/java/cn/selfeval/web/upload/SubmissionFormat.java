package cn.selfeval.web.upload;

import cn.selfeval.check.Checker;
import cn.selfeval.model.Submission;
import cn.selfeval.scoring.ScoreCard;

/**
 * A kind of submission file the server accepts. The server reads every upload through the formats listed in
 * {@link SubmissionFormats}; a new kind of file (the Excel template) is one more implementation listed there.
 */
public interface SubmissionFormat {

    /** How users know the format, e.g. "JSON（.json）", for the message that lists what can be uploaded. */
    String label();

    /** The file name extensions users upload it with, without the dot ("json"); the pages' file pickers offer them. */
    java.util.List<String> extensions();

    /** Whether this format reads the upload (by its name's extension or its first bytes). */
    boolean reads(Upload upload);

    /**
     * The submission read without its self-score checks, only to learn its year and district (to choose a pack).
     *
     * @throws cn.selfeval.input.InvalidSubmissionException when its data is wrong
     */
    Submission peek(Upload upload);

    /**
     * Reads the submission fully and checks it with the chosen pack, as {@code selfeval check} does; the score
     * card names the upload and records the SHA-256 of its bytes.
     *
     * @throws cn.selfeval.input.InvalidSubmissionException when its data is wrong
     */
    ScoreCard check(Checker checker, Upload upload);
}
