package cn.selfeval.web.upload;

/**
 * A kind of submission file the server accepts, as the pages and messages name it. Reading is the command line's
 * own ({@link cn.selfeval.input.SubmissionReader} tells a workbook from JSON by content); a format only says which
 * uploads are submissions, so that everything else is refused with a list of what can be uploaded.
 */
public interface SubmissionFormat {

    /** How users know the format, e.g. "JSON（.json）", for the message that lists what can be uploaded. */
    String label();

    /** The file name extensions users upload it with, without the dot ("json"); the pages' file pickers offer them. */
    java.util.List<String> extensions();

    /** Whether this format reads the upload (by its name's extension or its first bytes). */
    boolean reads(Upload upload);
}
