package cn.selfeval.review;

/**
 * Tells who makes a request. Without accounts it is always the local user ({@link #SINGLE_USER}); the accounts
 * issue puts its session and token lookup here, so that every action the store records keeps naming its actor.
 */
@FunctionalInterface
public interface Principal {

    /** @param remoteAddress the request's remote address */
    Actor actor(String remoteAddress);

    Principal SINGLE_USER = Actor::local;
}
