package cn.selfeval.review;

/**
 * Who did something the store records, and from where. In single-user mode (no accounts) every action is the
 * local user's, named "本机用户" with the request's remote address; accounts (a later issue) name the person.
 *
 * @param name    the person as the audit log shows them
 * @param address the network address the request came from
 */
public record Actor(String name, String address) {

    public static final String LOCAL_USER = "本机用户";

    /** The single user of a service without accounts. */
    public static Actor local(String address) {
        return new Actor(LOCAL_USER, address == null || address.isBlank() ? "未知" : address);
    }

    /** The command line on this machine (e.g. {@code selfeval data backup}). */
    public static Actor commandLine() {
        return new Actor(LOCAL_USER, "命令行");
    }
}
